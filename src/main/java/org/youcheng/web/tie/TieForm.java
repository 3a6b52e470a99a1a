package org.youcheng.web.tie;

import org.youcheng.registry.Place;
import org.youcheng.registry.SignedRecord;
import org.youcheng.registry.Tie;
import org.youcheng.registry.TieInput;
import org.youcheng.registry.TieKind;

/**
 * The tie form as sent: every field as text, each side by name with the id the search suggestions filled in (the
 * id wins; without JavaScript there is none and the name is looked up). {@code back} is the place whose page the
 * form was opened from.
 */
public class TieForm {

    private String domesticId;
    private String domestic;
    private String partnerId;
    private String partner;
    private String kind = "intent";
    private String signed;
    private String status = "active";
    private String endedOn;
    private String endReason;
    private String source;
    private String note;
    private String recordTitle;
    private String recordUrl;
    private Integer version;
    private Long back;

    static TieForm of(Tie t, Place domestic, Place partner, boolean zh) {
        TieForm f = new TieForm();
        f.domesticId = String.valueOf(domestic.id());
        f.domestic = domestic.name(zh);
        f.partnerId = String.valueOf(partner.id());
        f.partner = partner.name(zh);
        // a reference tie states no kind: whoever edits it says which kind it really is
        f.kind = t.kind() == TieKind.UNVERIFIED ? "" : t.kind().code();
        f.signed = t.signed() == null ? null : t.signed().toString();
        f.status = t.status().code();
        f.endedOn = t.endedOn() == null ? null : t.endedOn().toString();
        f.endReason = t.endReason();
        f.source = t.source();
        f.note = t.note();
        f.version = t.version();
        return f;
    }

    /** What the registry reads: a side given by id is not looked up by name as well. */
    TieInput input() {
        Long d = id(domesticId);
        Long p = id(partnerId);
        return new TieInput(
                d,
                d == null ? domestic : null,
                p,
                p == null ? partner : null,
                kind,
                signed,
                status,
                endedOn,
                endReason,
                source,
                note);
    }

    /** The source document of a formal tie recorded outside the approval path, when the form gives one. */
    SignedRecord signedRecord() {
        boolean none = (recordTitle == null || recordTitle.isBlank()) && (recordUrl == null || recordUrl.isBlank());
        return none ? null : new SignedRecord(recordTitle, recordUrl, null);
    }

    public String getRecordTitle() {
        return recordTitle;
    }

    public void setRecordTitle(String v) {
        recordTitle = v;
    }

    public String getRecordUrl() {
        return recordUrl;
    }

    public void setRecordUrl(String v) {
        recordUrl = v;
    }

    private static Long id(String s) {
        return s != null && s.strip().matches("\\d{1,18}") ? Long.valueOf(s.strip()) : null;
    }

    public String getDomesticId() {
        return domesticId;
    }

    public void setDomesticId(String v) {
        domesticId = v;
    }

    public String getDomestic() {
        return domestic;
    }

    public void setDomestic(String v) {
        domestic = v;
    }

    public String getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(String v) {
        partnerId = v;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String v) {
        partner = v;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String v) {
        kind = v;
    }

    public String getSigned() {
        return signed;
    }

    public void setSigned(String v) {
        signed = v;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String v) {
        status = v;
    }

    public String getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(String v) {
        endedOn = v;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String v) {
        endReason = v;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String v) {
        source = v;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String v) {
        note = v;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer v) {
        version = v;
    }

    public Long getBack() {
        return back;
    }

    public void setBack(Long v) {
        back = v;
    }
}
