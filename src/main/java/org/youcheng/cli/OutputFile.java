package org.youcheng.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command writes what it makes: standard output, or a file written next to its target and moved into
 * place, so that a failure leaves no half-written file.
 */
final class OutputFile {

    /** Writes to the stream it is given and returns what to report (a count, say). */
    interface Writer<T> {
        T write(OutputStream out) throws IOException;
    }

    private OutputFile() {}

    /** @param out the file, or null for standard output */
    static <T> T write(Path out, Writer<T> writer) throws IOException {
        if (out == null) {
            OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
            T result = writer.write(stdout);
            stdout.flush();
            return result;
        }
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".youcheng-", ".tmp");
        try {
            T result;
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                result = writer.write(o);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
