package kumo.application.archfixture;

/** Breaks CORE_NEVER_READS_THE_SYSTEM_CLOCK: {@code System.currentTimeMillis()}. Test-only fixture. */
public class ApplicationReadsMillis {

    public long now() {
        return System.currentTimeMillis();
    }
}
