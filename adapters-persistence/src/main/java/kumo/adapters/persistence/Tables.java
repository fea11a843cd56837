package kumo.adapters.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The tables and columns of {@code db/migration/V1__kumo_store.sql} and later migrations (V2 row digests, V3 checkpoints), as jOOQ names (no code generation: the
 * schema is small and stable, and the build needs no database). Columns are qualified by their table, so
 * joins need no aliases; {@link #col} gives a column of an aliased table.
 */
final class Tables {

    /** The schema version this code writes and understands. */
    static final int SCHEMA_VERSION = 3;
    /** The Flyway versions this code knows; any other applied version means a newer kumo migrated the store. */
    static final java.util.Set<String> KNOWN_MIGRATIONS = java.util.Set.of("1", "2", "3");
    /** Flyway's history table. */
    static final String HISTORY = "kumo_schema_history";

    static final Table<Record> KUMO_STORE = table(name("kumo_store"));
    static final Field<Integer> KUMO_STORE_ID = field(name("kumo_store", "id"), SQLDataType.INTEGER);
    static final Field<Integer> KUMO_STORE_SCHEMA_VERSION = field(name("kumo_store", "schema_version"), SQLDataType.INTEGER);

    static final Table<Record> SERVICE = table(name("cloud_service"));
    static final Table<Record> SYSTEM = table(name("system_profile"));
    /** Columns shared by {@link #SERVICE} and {@link #SYSTEM} (same names in both). */
    static final Field<String> ROW_ID = field(name("id"), SQLDataType.VARCHAR);
    static final Field<Long> ROW_VERSION = field(name("version"), SQLDataType.BIGINT);
    static final Field<String> ROW_PROFILE = field(name("profile_json"), SQLDataType.CLOB);
    static final Field<String> ROW_UPDATED_AT = field(name("updated_at"), SQLDataType.VARCHAR);
    static final Field<String> ROW_UPDATED_BY = field(name("updated_by"), SQLDataType.VARCHAR);

    static final Table<Record> ASSESSMENT = table(name("assessment"));
    static final Field<String> A_ID = a("id", SQLDataType.VARCHAR);
    static final Field<String> A_SYSTEM = a("system_id", SQLDataType.VARCHAR);
    static final Field<String> A_SERVICE = a("service_id", SQLDataType.VARCHAR);
    static final Field<String> A_PREVIOUS = a("previous_id", SQLDataType.VARCHAR);
    static final Field<String> A_VERDICT = a("verdict", SQLDataType.VARCHAR);
    static final Field<String> A_CATALOGUE = a("catalogue_version", SQLDataType.VARCHAR);
    static final Field<String> A_DATE = a("assessment_date", SQLDataType.VARCHAR);
    static final Field<String> A_RECORDED_AT = a("recorded_at", SQLDataType.VARCHAR);
    static final Field<String> A_RECORDED_BY = a("recorded_by", SQLDataType.VARCHAR);
    static final Field<String> A_REQUEST = a("request_json", SQLDataType.CLOB);
    static final Field<byte[]> A_RESULT_GZIP = a("result_gzip", SQLDataType.BLOB);
    static final Field<String> A_RESULT_SHA256 = a("result_sha256", SQLDataType.CHAR);
    /** Since schema 2; {@code NULL} for rows recorded before. */
    static final Field<String> A_REQUEST_SHA256 = a("request_sha256", SQLDataType.CHAR);

    static final Table<Record> RISK_DECISION = table(name("risk_decision"));
    static final Field<String> RD_ASSESSMENT = field(name("risk_decision", "assessment_id"), SQLDataType.VARCHAR);
    static final Field<Integer> RD_POSITION = field(name("risk_decision", "position"), SQLDataType.INTEGER);
    static final Field<String> RD_RISK = field(name("risk_decision", "risk_id"), SQLDataType.VARCHAR);
    static final Field<String> RD_TREATMENT = field(name("risk_decision", "treatment"), SQLDataType.VARCHAR);
    static final Field<String> RD_DECIDED_BY = field(name("risk_decision", "decided_by"), SQLDataType.CLOB);
    static final Field<String> RD_DECIDED_ON = field(name("risk_decision", "decided_on"), SQLDataType.VARCHAR);
    static final Field<String> RD_EXPIRES_ON = field(name("risk_decision", "expires_on"), SQLDataType.VARCHAR);

    static final Table<Record> CONSULTATION = table(name("consultation"));
    static final Field<String> C_ASSESSMENT = field(name("consultation", "assessment_id"), SQLDataType.VARCHAR);
    static final Field<Integer> C_POSITION = field(name("consultation", "position"), SQLDataType.INTEGER);
    static final Field<String> C_STAGE = field(name("consultation", "stage"), SQLDataType.VARCHAR);
    static final Field<String> C_HELD_ON = field(name("consultation", "held_on"), SQLDataType.VARCHAR);
    static final Field<String> C_OUTCOME = field(name("consultation", "outcome"), SQLDataType.VARCHAR);
    static final Field<String> C_BY = field(name("consultation", "consulted_by"), SQLDataType.CLOB);

    static final Table<Record> EVIDENCE = table(name("evidence_expiry"));
    static final Field<String> E_ASSESSMENT = field(name("evidence_expiry", "assessment_id"), SQLDataType.VARCHAR);
    static final Field<Integer> E_POSITION = field(name("evidence_expiry", "position"), SQLDataType.INTEGER);
    static final Field<String> E_KIND = field(name("evidence_expiry", "kind"), SQLDataType.VARCHAR);
    static final Field<String> E_REFERENCE = field(name("evidence_expiry", "reference"), SQLDataType.CLOB);
    static final Field<Long> E_EXPIRES_ON_DAY = field(name("evidence_expiry", "expires_on_day"), SQLDataType.BIGINT);

    static final Table<Record> AUDIT_EVENT = table(name("audit_event"));
    static final Field<Long> AE_SEQ = field(name("audit_event", "seq"), SQLDataType.BIGINT);
    static final Field<String> AE_AT = field(name("audit_event", "at"), SQLDataType.VARCHAR);
    static final Field<String> AE_ACTOR = field(name("audit_event", "actor"), SQLDataType.VARCHAR);
    static final Field<String> AE_ACTION = field(name("audit_event", "action"), SQLDataType.VARCHAR);
    static final Field<String> AE_ENTITY_TYPE = field(name("audit_event", "entity_type"), SQLDataType.VARCHAR);
    static final Field<String> AE_ENTITY_ID = field(name("audit_event", "entity_id"), SQLDataType.VARCHAR);
    static final Field<String> AE_BEFORE = field(name("audit_event", "before_ref"), SQLDataType.VARCHAR);
    static final Field<String> AE_AFTER = field(name("audit_event", "after_ref"), SQLDataType.VARCHAR);
    static final Field<String> AE_DETAIL = field(name("audit_event", "detail"), SQLDataType.CLOB);
    static final Field<String> AE_PREVIOUS_HASH = field(name("audit_event", "previous_hash"), SQLDataType.CHAR);
    static final Field<String> AE_HASH = field(name("audit_event", "hash"), SQLDataType.CHAR);

    static final Table<Record> AUDIT_HEAD = table(name("audit_head"));
    static final Field<Integer> AH_ID = field(name("audit_head", "id"), SQLDataType.INTEGER);
    static final Field<Long> AH_SEQ = field(name("audit_head", "seq"), SQLDataType.BIGINT);
    static final Field<String> AH_HASH = field(name("audit_head", "hash"), SQLDataType.CHAR);

    static final Table<Record> AUDIT_CHECKPOINT = table(name("audit_checkpoint"));
    static final Field<Long> CP_SEQ = field(name("audit_checkpoint", "seq"), SQLDataType.BIGINT);
    static final Field<String> CP_HEAD_HASH = field(name("audit_checkpoint", "head_hash"), SQLDataType.CHAR);
    static final Field<String> CP_SIGNED_AT = field(name("audit_checkpoint", "signed_at"), SQLDataType.VARCHAR);
    static final Field<String> CP_SIGNATURE = field(name("audit_checkpoint", "signature"), SQLDataType.VARCHAR);

    private Tables() {
    }

    /** {@code column} (a column of {@link #ASSESSMENT}) of the assessment table under {@code alias}. */
    static <T> Field<T> col(String alias, Field<T> column) {
        return field(name(alias, column.getName()), column.getDataType());
    }

    private static <T> Field<T> a(String column, DataType<T> type) {
        return field(name("assessment", column), type);
    }
}
