package kumo.domain.catalogue;


/**
 * A requirement whose §5 別紙 wording asks more than its §2 wording (EXIT-02, SEC-05, SEC-08). The
 * surveillance-video exemption (§4(6)) needs the §5 form MET.
 */
public interface Section5Form {

    /** MET, NOT_MET or UNKNOWN for the 別紙 wording. */
    Status section5Form(RuleContext context);
}
