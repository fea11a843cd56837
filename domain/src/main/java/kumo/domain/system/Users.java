package kumo.domain.system;

/** 主なサービス利用者 (§4(1)①). */
public enum Users {
    CITIZENS, STAFF, BOTH
}
