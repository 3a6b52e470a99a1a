package org.youcheng.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The content type of an attached file, from what its bytes are (not what the uploader claims): the formats an
 * office attaches — PDF, images, Office documents, plain text; anything else is served as bytes to download.
 */
public final class FileTypes {

    static final String BYTES = "application/octet-stream";

    private FileTypes() {}

    public static String of(String name, byte[] b) {
        String ext =
                name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (starts(b, "%PDF-")) {
            return "application/pdf";
        }
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, "GIF87a") || starts(b, "GIF89a")) {
            return "image/gif";
        }
        if (b.length > 12 && starts(b, "RIFF") && new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return "image/webp";
        }
        if (starts(b, 'P', 'K', 3, 4)) {
            return switch (ext) {
                case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
                default -> "application/zip";
            };
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return switch (ext) {
                case "doc" -> "application/msword";
                case "xls" -> "application/vnd.ms-excel";
                default -> BYTES;
            };
        }
        if ((ext.equals("txt") || ext.equals("csv")) && utf8(b)) {
            return ext.equals("csv") ? "text/csv; charset=UTF-8" : "text/plain; charset=UTF-8";
        }
        return BYTES;
    }

    private static boolean starts(byte[] b, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        return b.length >= p.length && Arrays.equals(b, 0, p.length, p, 0, p.length);
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean utf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
