package dk.hoeringssvar.testing;

import java.io.IOException;
import java.io.OutputStream;

/** An output stream whose every write fails with "disk full". */
public final class DiskFullOutputStream extends OutputStream {

    @Override
    public void write(int b) throws IOException {
        throw new IOException("disk full");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk full");
    }
}
