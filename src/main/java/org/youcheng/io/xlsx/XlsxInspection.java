package org.youcheng.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.youcheng.common.YouchengProperties;
import org.youcheng.io.BadFileException;

/**
 * The zip-bomb guard of the .xlsx readers: refuses a workbook whose parts inflate to more than
 * {@code maxInflatedBytes} in all, or one part that inflates, past its first MiB, to more than {@code maxRatio}
 * times its packed size. Tables of ties compress about 5–20 to 1; bombs 1,000 to 1 and more. The parts are
 * inflated into a small buffer and thrown away, so memory stays flat whatever the file claims.
 *
 * <p>It reads the archive exactly as the reader will: fastexcel opens the bytes it is given as a commons-compress
 * {@link ZipFile} over an in-memory channel, finds parts through the central directory and inflates them from
 * there; so does this guard, over the same bytes, and it inflates every entry the directory lists (a name listed
 * twice is checked twice) from the packed bytes the reader would inflate, counting what goes in and what comes out.
 * Only the two methods .xlsx writers use, stored and deflated, are accepted. A reader that walked the local headers instead would stop at a stray central-directory
 * signature and never see a part hidden after it, which the directory still lists. {@link XlsxTable#open} runs
 * the guard before fastexcel sees the bytes, so no caller can read a workbook without it.
 *
 * <p>XML entity attacks need no check here: the reader's StAX parser has DTDs and external entities switched off,
 * so a DOCTYPE in a part fails the file and no entity is ever resolved.
 */
public final class XlsxInspection {

    private static final long SLACK = 1 << 20;

    private final long maxInflatedBytes;
    private final int maxRatio;

    public XlsxInspection(long maxInflatedBytes, int maxRatio) {
        if (maxInflatedBytes <= 0 || maxRatio <= 0) {
            throw new IllegalArgumentException("the zip-bomb limits must be positive, not " + maxInflatedBytes
                    + " bytes and a ratio of " + maxRatio);
        }
        this.maxInflatedBytes = maxInflatedBytes;
        this.maxRatio = maxRatio;
    }

    /** The inspection the import settings ask for ({@code youcheng.imports.max-xlsx-*}). */
    public static XlsxInspection of(YouchengProperties.Imports limits) {
        return new XlsxInspection((long) limits.maxXlsxUnpackedMb() << 20, limits.maxXlsxRatio());
    }

    /** Inflates every part once; throws {@link BadFileException} naming the part when the workbook is refused. */
    public void inspect(byte[] file) {
        long[] total = {0};
        try (ZipFile zip = open(file)) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entry.getMethod() != ZipEntry.STORED && entry.getMethod() != ZipEntry.DEFLATED) {
                    throw new BadFileException("the .xlsx part " + entry.getName() + " is packed with zip method "
                            + entry.getMethod() + "; .xlsx workbooks are stored or deflated");
                }
                try (InputStream raw = zip.getRawInputStream(entry)) {
                    if (raw != null) {
                        inflate(entry.getName(), raw, entry.getMethod() == ZipEntry.DEFLATED, total);
                    }
                }
            }
        } catch (IOException | DataFormatException | RuntimeException e) {
            if (e instanceof BadFileException b) {
                throw b;
            }
            // the bytes are in memory: whatever fails here is the file's shape, not the machine's
            throw new BadFileException(
                    "bad_xlsx", "the file is not a readable .xlsx workbook (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Inflates one part from its packed bytes, counting both sides as it goes, so that a bomb is stopped at its
     * first MiB past the ratio rather than at the end of its packed size.
     */
    private void inflate(String part, InputStream raw, boolean deflated, long[] total)
            throws IOException, DataFormatException {
        byte[] in = new byte[1 << 14];
        byte[] out = new byte[1 << 16];
        Inflater inflater = new Inflater(true);
        try {
            long inflated = 0;
            while (true) {
                int n;
                long packed;
                if (!deflated) {
                    n = raw.read(out);
                    if (n < 0) {
                        return;
                    }
                    packed = inflated + n;
                } else {
                    if (inflater.finished()) {
                        return;
                    }
                    if (inflater.needsInput()) {
                        int read = raw.read(in);
                        if (read < 0) {
                            return; // cut short: the parser refuses it as damaged
                        }
                        inflater.setInput(in, 0, read);
                    }
                    if (inflater.needsDictionary()) {
                        throw new DataFormatException("a preset dictionary");
                    }
                    n = inflater.inflate(out);
                    packed = Math.max(1, inflater.getBytesRead());
                }
                inflated += n;
                total[0] += n;
                if (total[0] > maxInflatedBytes) {
                    throw new BadFileException("the .xlsx workbook unpacks to more than "
                            + maxInflatedBytes / (1 << 20) + " MiB (part " + part
                            + "); it is refused as a possible zip bomb");
                }
                if (inflated > SLACK && inflated / packed > maxRatio) {
                    throw new BadFileException("the .xlsx part " + part + " unpacks to more than " + maxRatio
                            + " times its packed size; it is refused as a possible zip bomb");
                }
            }
        } finally {
            inflater.end();
        }
    }

    /** The same construction as fastexcel's {@code OPCPackage.open(InputStream)}, so both see the same entries. */
    @SuppressWarnings("deprecation")
    private static ZipFile open(byte[] file) throws IOException {
        return new ZipFile(new SeekableInMemoryByteChannel(file));
    }
}
