package dev.gitopslint.core.images;

/** A lock file that cannot be read: the message names the file and line and says what is wrong. */
public final class ImageLockException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    ImageLockException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }

    /** The file as given to the reader. */
    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
