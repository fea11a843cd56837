package kumo.domain.plan;

/** How a §3 risk is treated. */
public enum Treatment {
    MITIGATE, TRANSFER, ACCEPT
}
