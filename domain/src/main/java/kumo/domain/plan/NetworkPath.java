package kumo.domain.plan;

/**
 * The communication path between the city and the cloud service (§4(3), 対策基準 6.3.4).
 * OTHER_CLOSED_NETWORK is another closed network (e.g. LGWAN) that the list's 「等」 may admit
 * once a person confirms it; INTERNET_TLS is public lines with SSL/TLS.
 */
public enum NetworkPath {
    CLOSED_ETHERNET, LEASED_LINE, IP_VPN, OTHER_CLOSED_NETWORK, INTERNET_VPN, INTERNET_TLS, INTERNET_UNENCRYPTED
}
