package kumo.domain.rules.v1;

import java.util.List;
import java.util.Map;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.DataKind;
import kumo.domain.service.DataLocations;

/**
 * LAW-01: every place the city's data can be — backups and data inside servers included — is in
 * Japan (§4(2) 国内データセンター; §2イ note on 実施場所; 別紙). Judged per kind of data: the content,
 * the account and usage data, the backups and the logs all count (kumo's reading of §2イ's 「市の情報が
 * 存在し得る場所すべて」; see docs/interpretations.md). The reasons name the countries outside Japan per
 * kind and every kind whose places are unknown.
 */
final class Law01DataCentresInJapan implements Rule {

    @Override
    public String id() {
        return "LAW-01";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        DataLocations d = c.service().dataLocations();
        RuleResult.Builder r = RuleResult.builder()
                .fact("dataLocations.content", d.content())
                .fact("dataLocations.accountAndUsage", d.accountAndUsage())
                .fact("dataLocations.backups", d.backups())
                .fact("dataLocations.logs", d.logs());
        Map<DataKind, List<String>> abroad = d.abroad();
        List<DataKind> unknown = d.unknownKinds();
        if (!abroad.isEmpty()) {
            r.reason("LAW-01.abroad");
            abroad.forEach((k, countries) -> r.reason("LAW-01.abroadKind", "@dataKind." + k.name(), String.join(", ", countries)));
        }
        for (DataKind k : unknown) {
            r.reason("reason.fact.unknown", "@fact." + fact(k));
        }
        if (!abroad.isEmpty()) {
            return r.notMet(null);
        }
        return unknown.isEmpty() ? r.met("LAW-01.allInJapan") : r.unknown(null);
    }

    static String fact(DataKind kind) {
        return switch (kind) {
            case CONTENT -> "dataLocations.content";
            case ACCOUNT_AND_USAGE -> "dataLocations.accountAndUsage";
            case BACKUPS -> "dataLocations.backups";
            case LOGS -> "dataLocations.logs";
        };
    }
}
