package kumo.domain.classification;

/** 取扱制限: handling restrictions attached to the information. */
public enum HandlingRestriction {
    NO_COPY, NO_TAKE_OUT, NO_DISTRIBUTION, ENCRYPTION_REQUIRED, DESTROY_AFTER_READING, OTHER
}
