package kumo.domain.catalogue;

import java.util.List;

/**
 * One requirement of a catalogue version, as data.
 *
 * @param conditional    applies only under a condition (text {@code <id>.condition})
 * @param section5       one of the 別紙 items that condition the surveillance-video exemption
 * @param deviable       an example-list item of §2ウ/§2エ that an approved deviation may lift
 * @param neverExempt    no exemption lifts it (§2 and §4(3) still apply under every exemption)
 * @param interpretation kumo reads an open text here (text {@code <id>.interpretation})
 */
public record Requirement(
        String id,
        Kind kind,
        Level level,
        boolean conditional,
        boolean section5,
        boolean deviable,
        boolean neverExempt,
        boolean interpretation,
        Fix fix,
        List<String> sourceClauses) {

    public Requirement {
        sourceClauses = List.copyOf(sourceClauses);
    }

    /** The group prefix: ENT, LAW, EXIT, SEC, NET, KEY, ASR, PROC or SUP. */
    public String group() {
        return id.substring(0, id.indexOf('-'));
    }
}
