package jp.go.mhlw.kpi.application.supply;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.supply.AttachmentType;

/** Where the files attached to supply reports are kept: in the database (implemented in infrastructure.persistence). */
public interface SupplyAttachments {

    SupplyAttachment add(String caseNumber, String fileName, AttachmentType type, byte[] content, String uploadedBy, Instant at);

    /** The case's attachments, filed ones by version, then those waiting for the next report; oldest first. */
    List<SupplyAttachment> of(String caseNumber);

    Optional<SupplyAttachment.File> content(String caseNumber, long id);

    /** Removes an attachment that has not been filed with a report yet; false if there is none such. */
    boolean removePending(String caseNumber, long id);

    /** The attachments waiting for the next report join the version just filed. */
    void fileWith(String caseNumber, int versionNumber);
}
