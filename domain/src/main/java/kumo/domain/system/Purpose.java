package kumo.domain.system;

/**
 * What the system is for, as far as the policy's special cases need it: storing surveillance-camera
 * video in a cloud data centre (§4(6)), video communication such as web conferencing (§4(3)), and
 * communication with special-purpose devices (§4(3)).
 */
public enum Purpose {
    GENERAL, VIDEO_SURVEILLANCE_STORAGE, VIDEO_COMMUNICATION, SPECIAL_PURPOSE_DEVICE
}
