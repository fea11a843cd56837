package kumo.domain.service;

/** The ISMAP cloud service list, and ISMAP-LIU (for low-impact SaaS, created 2022). */
public enum IsmapList {
    ISMAP, ISMAP_LIU
}
