package org.youcheng.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.youcheng.common.YouchengProperties;
import org.youcheng.io.BadFileException;

/**
 * Looks inside an .xlsx (a zip of XML parts) before the reader parses it, and refuses a zip bomb: a part that
 * inflates to more than {@code maxInflatedBytes}, or past its first MiB to more than {@code maxRatio} times its
 * compressed size. Tables of ties compress about 5–20 to 1; bombs 1,000 to 1 and more. The parts are inflated
 * into a small buffer and thrown away, so memory stays flat whatever the file claims.
 *
 * <p>XML entity attacks need no check here: the reader's StAX parser has DTDs and external entities switched off,
 * so a DOCTYPE in a part fails the file and no entity is ever resolved.
 */
public final class XlsxInspection {

    private static final long SLACK = 1 << 20;

    private final long maxInflatedBytes;
    private final int maxRatio;

    public XlsxInspection(long maxInflatedBytes, int maxRatio) {
        this.maxInflatedBytes = maxInflatedBytes;
        this.maxRatio = maxRatio;
    }

    /** The inspection the import settings ask for ({@code youcheng.imports.max-xlsx-*}). */
    public static XlsxInspection of(YouchengProperties.Imports limits) {
        return new XlsxInspection((long) limits.maxXlsxUnpackedMb() << 20, limits.maxXlsxRatio());
    }

    /** Reads the whole zip once; throws {@link BadFileException} naming the part when it is refused. */
    public void inspect(InputStream raw) throws IOException {
        CountingInputStream counted = new CountingInputStream(raw);
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        // stored entries with a data descriptor are allowed: fastexcel and some other writers make them
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(counted, "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                long compressedBefore = counted.count;
                long inflated = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    total += n;
                    long compressed = Math.max(1, counted.count - compressedBefore);
                    if (total > maxInflatedBytes) {
                        throw new BadFileException("the .xlsx workbook unpacks to more than "
                                + maxInflatedBytes / (1 << 20) + " MiB (part " + entry.getName()
                                + "); it is refused as a possible zip bomb");
                    }
                    if (inflated > SLACK && inflated / compressed > maxRatio) {
                        throw new BadFileException("the .xlsx part " + entry.getName() + " unpacks to more than "
                                + maxRatio + " times its packed size; it is refused as a possible zip bomb");
                    }
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw new BadFileException("the file is not a readable .xlsx workbook (" + e.getMessage() + ")", e);
        }
    }

    private static final class CountingInputStream extends java.io.FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
