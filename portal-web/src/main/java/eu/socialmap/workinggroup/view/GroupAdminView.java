package eu.socialmap.workinggroup.view;

import eu.socialmap.directory.boundary.ServiceCatalogue;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import eu.socialmap.workinggroup.boundary.WorkingGroups;
import eu.socialmap.workinggroup.entity.WorkingGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The coordinator's working groups ({@code /coordination/groups[?id=]}): create a group with its leads, correct a
 * group's names, mission, theme and reminders, name or remove a lead.
 */
@Named
@ViewScoped
public class GroupAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkingGroups groups;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Notices notices;

    private String id;
    private Long groupId;
    private long version;
    private List<WorkingGroups.Summary> all = List.of();
    private List<TaxonomyTerm> themes = List.of();
    private String nameFr;
    private String nameNl;
    private String nameEn;
    private String missionFr;
    private String missionNl;
    private String missionEn;
    private Long themeId;
    private int reminderDays = 2;
    private String leads;
    private String leadEmail;

    public void load() {
        all = groups.summaries();
        themes = catalogue.terms(TaxonomyTerm.Taxonomy.THEME);
        long typed = PageIds.parse(id);
        if (typed > 0 && groupId == null) {
            try {
                WorkingGroup group = groups.group(typed);
                groupId = group.getId();
                version = group.getVersion();
                nameFr = group.getName().exactly(eu.socialmap.platform.entity.Language.FR);
                nameNl = group.getName().exactly(eu.socialmap.platform.entity.Language.NL);
                nameEn = group.getName().exactly(eu.socialmap.platform.entity.Language.EN);
                missionFr = group.getMission().exactly(eu.socialmap.platform.entity.Language.FR);
                missionNl = group.getMission().exactly(eu.socialmap.platform.entity.Language.NL);
                missionEn = group.getMission().exactly(eu.socialmap.platform.entity.Language.EN);
                themeId = group.getThemeTermId();
                reminderDays = group.getReminderDays();
            } catch (BusinessException notFound) {
                notices.error(notFound);
            }
        }
    }

    public String save() {
        LocalizedText name = new LocalizedText(nameFr, nameNl, nameEn);
        LocalizedText mission = new LocalizedText(missionFr, missionNl, missionEn);
        try {
            WorkingGroup group = groupId == null
                    ? groups.create(name, mission, themeId, reminderDays, leadList())
                    : groups.update(groupId, version, name, mission, themeId, reminderDays);
            notices.info(groupId == null ? "workinggroup.admin.created" : "workinggroup.admin.saved");
            notices.keepAcrossRedirect();
            return "/groups/view?faces-redirect=true&id=" + group.getId();
        } catch (BusinessException refusal) {
            notices.error(refusal, "group");
            return null;
        }
    }

    public String appoint(boolean lead) {
        try {
            groups.appointLead(groupId, leadEmail, lead);
            notices.info(lead ? "workinggroup.admin.leadAppointed" : "workinggroup.admin.leadRemoved");
            notices.keepAcrossRedirect();
            return "/coordination/groups?faces-redirect=true&id=" + groupId;
        } catch (BusinessException refusal) {
            notices.error(refusal, "leads");
            return null;
        }
    }

    private List<String> leadList() {
        return leads == null ? List.of() : Arrays.stream(leads.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getGroupId() { return groupId; }
    public List<WorkingGroups.Summary> getAll() { return all; }
    public List<TaxonomyTerm> getThemes() { return themes; }
    public String getNameFr() { return nameFr; }
    public void setNameFr(String nameFr) { this.nameFr = nameFr; }
    public String getNameNl() { return nameNl; }
    public void setNameNl(String nameNl) { this.nameNl = nameNl; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getMissionFr() { return missionFr; }
    public void setMissionFr(String missionFr) { this.missionFr = missionFr; }
    public String getMissionNl() { return missionNl; }
    public void setMissionNl(String missionNl) { this.missionNl = missionNl; }
    public String getMissionEn() { return missionEn; }
    public void setMissionEn(String missionEn) { this.missionEn = missionEn; }
    public Long getThemeId() { return themeId; }
    public void setThemeId(Long themeId) { this.themeId = themeId; }
    public int getReminderDays() { return reminderDays; }
    public void setReminderDays(int reminderDays) { this.reminderDays = reminderDays; }
    public String getLeads() { return leads; }
    public void setLeads(String leads) { this.leads = leads; }
    public String getLeadEmail() { return leadEmail; }
    public void setLeadEmail(String leadEmail) { this.leadEmail = leadEmail; }
}
