package kumo.application.records.port.out;

import kumo.application.records.StoreContents;



/** Reads everything stored, for an export (outgoing port). */
public interface ExportContentsPort {

    /**
     * Everything stored, in a stable order: services and systems by id, assessments by recorded time then
     * id, audit events by seq. Read in one consistent snapshot.
     */
    StoreContents contents();
}
