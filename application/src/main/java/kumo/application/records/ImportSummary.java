package kumo.application.records;

/**
 * What an import wrote.
 *
 * @param checkpoints        how many signed checkpoints came with the export
 * @param checkpointsProven  whether they were checked against a public key before writing (and held)
 */
public record ImportSummary(int services, int systems, int assessments, int auditEvents, int checkpoints,
        boolean checkpointsProven) {

    /** An import without checkpoints. */
    public ImportSummary(int services, int systems, int assessments, int auditEvents) {
        this(services, systems, assessments, auditEvents, 0, false);
    }
}
