package kumo.domain.service;

public enum SupportChannel {
    PHONE, CHAT, EMAIL
}
