package kumo.domain.catalogue;

/** The treatment the policy suggests for a risk when the service lacks the capability. */
public enum Alternative {
    ACCEPT, TRANSFER_OR_ACCEPT, AGREE_OR_ACCEPT, ALTERNATIVE_OR_ACCEPT, CHECK_IS_DECISION, NONE;

    public boolean offersTransfer() {
        return this == TRANSFER_OR_ACCEPT;
    }
}
