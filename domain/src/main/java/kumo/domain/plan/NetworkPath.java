package kumo.domain.plan;

/**
 * The communication path between the city and the cloud service (§4(3), 対策基準 6.3.4).
 * OTHER_CLOSED_NETWORK is another closed network (e.g. LGWAN) that the list's 「等」 may admit
 * once a person confirms it; PROVIDER_INTERCONNECT (request format 2) is the provider's dedicated
 * interconnect (the Direct Connect / ExpressRoute / Cloud Interconnect kind), a closed network of the
 * 「等」 kind once a person confirms that the line from the city to the interconnect location is closed
 * too; INTERNET_TLS is public lines with SSL/TLS.
 */
public enum NetworkPath {
    CLOSED_ETHERNET, LEASED_LINE, IP_VPN, OTHER_CLOSED_NETWORK, PROVIDER_INTERCONNECT, INTERNET_VPN, INTERNET_TLS,
    INTERNET_UNENCRYPTED
}
