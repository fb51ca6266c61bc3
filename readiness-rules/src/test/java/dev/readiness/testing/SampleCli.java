package dev.readiness.testing;

/** A runnable class whose compiled form tests copy into a module's build output. */
public final class SampleCli {

    private SampleCli() {
    }

    public static void main(String[] args) {
        // Never run: only its class file is read.
    }

    /** Not an entry point: not static. */
    public void main() {
    }
}
