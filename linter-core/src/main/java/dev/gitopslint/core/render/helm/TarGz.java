package dev.gitopslint.core.render.helm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the regular files of a gzipped tar archive, the format of packaged Helm charts
 * ({@code charts/*.tgz}). Understands ustar names with prefix, GNU long names and PAX paths; links and
 * special files are skipped. Like Helm, refuses archives that expand beyond 100 MiB.
 */
final class TarGz {

    static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;
    private static final int BLOCK = 512;

    private TarGz() {
    }

    /** Regular files by their path inside the archive, in archive order. */
    static Map<String, byte[]> read(byte[] archive) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(archive))) {
            long expanded = 0;
            String longName = null;
            byte[] header = new byte[BLOCK];
            while (readFully(in, header)) {
                if (isZero(header)) {
                    break;
                }
                long size = parseSize(header);
                expanded += size;
                if (expanded > MAX_EXPANDED_BYTES) {
                    throw new IOException("archive expands beyond " + MAX_EXPANDED_BYTES + " bytes");
                }
                byte[] data = readData(in, size);
                char type = (char) header[156];
                switch (type) {
                    case 'L' -> longName = cString(data, 0, data.length);
                    case 'x' -> {
                        String paxPath = paxPath(data);
                        if (paxPath != null) {
                            longName = paxPath;
                        }
                    }
                    case 'g' -> {
                        // Global PAX header: nothing we need.
                    }
                    default -> {
                        String name = longName != null ? longName : ustarName(header);
                        longName = null;
                        if (type == '0' || type == '\0' || type == '7') {
                            files.put(name, data);
                        }
                    }
                }
            }
        }
        return files;
    }

    private static String ustarName(byte[] header) {
        String name = cString(header, 0, 100);
        boolean ustar = new String(header, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
        if (ustar) {
            String prefix = cString(header, 345, 155);
            if (!prefix.isEmpty()) {
                return prefix + "/" + name;
            }
        }
        return name;
    }

    private static String paxPath(byte[] data) {
        String records = new String(data, StandardCharsets.UTF_8);
        int i = 0;
        while (i < records.length()) {
            int space = records.indexOf(' ', i);
            if (space < 0) {
                return null;
            }
            int length;
            try {
                length = Integer.parseInt(records.substring(i, space));
            } catch (NumberFormatException malformed) {
                return null;
            }
            // PAX record lengths count bytes; the headers we read are ASCII in practice.
            int end = Math.min(records.length(), i + length);
            String record = records.substring(space + 1, end).stripTrailing();
            if (record.startsWith("path=")) {
                return record.substring("path=".length());
            }
            if (length <= 0) {
                return null;
            }
            i = end;
        }
        return null;
    }

    private static long parseSize(byte[] header) throws IOException {
        if ((header[124] & 0x80) != 0) {
            long size = 0;
            for (int i = 125; i < 136; i++) {
                size = (size << 8) | (header[i] & 0xff);
            }
            return size;
        }
        String octal = cString(header, 124, 12).trim();
        if (octal.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(octal, 8);
        } catch (NumberFormatException e) {
            throw new IOException("malformed tar header size '" + octal + "'");
        }
    }

    private static byte[] readData(InputStream in, long size) throws IOException {
        if (size > Integer.MAX_VALUE - BLOCK) {
            throw new IOException("tar entry too large: " + size);
        }
        byte[] data = new byte[(int) size];
        if (!readFully(in, data)) {
            throw new IOException("truncated tar archive");
        }
        in.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
        return data;
    }

    private static boolean readFully(InputStream in, byte[] buffer) throws IOException {
        int read = in.readNBytes(buffer, 0, buffer.length);
        if (read == 0 && buffer.length > 0) {
            return false;
        }
        if (read < buffer.length) {
            throw new IOException("truncated tar archive");
        }
        return true;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String cString(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }
}
