package org.youcheng.io;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip archive written byte by byte, so that a test can put into it what no zip library would write: stray
 * signatures between the entries, for one. Every entry is deflated, with its sizes in its local header.
 */
final class HandMadeZip {

    private record Listed(String name, long offset, long crc, long packed, long size) {}

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Listed> listed = new ArrayList<>();

    void add(String name, byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        entry(name, crc.getValue(), content.length, deflate(content));
    }

    /** An entry of {@code prefix}, {@code count} times one byte, then {@code suffix}: huge inside, small packed. */
    void addRepeated(String name, String prefix, byte repeated, long count, String suffix) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, repeated);
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
        feed(deflater, crc, packed, head, head.length, false);
        for (long left = count; left > 0; left -= chunk.length) {
            feed(deflater, crc, packed, chunk, (int) Math.min(chunk.length, left), false);
        }
        feed(deflater, crc, packed, tail, tail.length, true);
        deflater.end();
        entry(name, crc.getValue(), head.length + count + tail.length, packed.toByteArray());
    }

    /** Four bytes that announce a central directory where none is: a reader of local headers stops here. */
    void fakeCentralDirectorySignature() {
        out.writeBytes(le(4).putInt(0x02014b50).array());
    }

    byte[] finish() {
        long start = out.size();
        for (Listed e : listed) {
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            out.writeBytes(le(46).putInt(0x02014b50)
                    .putShort((short) 20)
                    .putShort((short) 20)
                    .putShort((short) 0x800)
                    .putShort((short) 8)
                    .putInt(0)
                    .putInt((int) e.crc())
                    .putInt((int) e.packed())
                    .putInt((int) e.size())
                    .putShort((short) name.length)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putInt(0)
                    .putInt((int) e.offset())
                    .array());
            out.writeBytes(name);
        }
        long size = out.size() - start;
        out.writeBytes(le(22).putInt(0x06054b50)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) listed.size())
                .putShort((short) listed.size())
                .putInt((int) size)
                .putInt((int) start)
                .putShort((short) 0)
                .array());
        return out.toByteArray();
    }

    private void entry(String name, long crc, long size, byte[] packed) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        listed.add(new Listed(name, out.size(), crc, packed.length, size));
        out.writeBytes(le(30).putInt(0x04034b50)
                .putShort((short) 20)
                .putShort((short) 0x800)
                .putShort((short) 8)
                .putInt(0)
                .putInt((int) crc)
                .putInt(packed.length)
                .putInt((int) size)
                .putShort((short) n.length)
                .putShort((short) 0)
                .array());
        out.writeBytes(n);
        out.writeBytes(packed);
    }

    private static byte[] deflate(byte[] content) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        feed(deflater, new CRC32(), packed, content, content.length, true);
        deflater.end();
        return packed.toByteArray();
    }

    private static void feed(
            Deflater deflater, CRC32 crc, ByteArrayOutputStream packed, byte[] b, int n, boolean last) {
        crc.update(b, 0, n);
        deflater.setInput(b, 0, n);
        if (last) {
            deflater.finish();
        }
        byte[] buffer = new byte[1 << 16];
        while (last ? !deflater.finished() : !deflater.needsInput()) {
            packed.write(buffer, 0, deflater.deflate(buffer));
        }
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
