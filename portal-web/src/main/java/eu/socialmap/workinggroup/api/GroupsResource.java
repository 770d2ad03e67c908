package eu.socialmap.workinggroup.api;

import eu.socialmap.platform.api.NetworkResource.Translations;
import eu.socialmap.workinggroup.boundary.MeetingRecords;
import eu.socialmap.workinggroup.boundary.Meetings;
import eu.socialmap.workinggroup.boundary.WorkingGroups;
import eu.socialmap.workinggroup.entity.Meeting;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * The working groups. Their public summaries are open to everyone; members, meetings and minutes only to the
 * group's members (and the coordinators), checked by the same services as the pages: anyone else gets a 403
 * problem document, whatever id they try.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "working groups", description = "Thematic working groups, their members and meetings")
public class GroupsResource {

    static final int MAX_PER_PAGE = 100;

    /** A group as everyone sees it. */
    public record GroupJson(long id, Translations name, Translations mission, Translations theme, long members,
                            Instant nextMeeting) {
    }

    public record MemberJson(String name, String organisation, String email, boolean lead) {
    }

    public record MeetingJson(long id, String uid, int sequence, String title, String status, Instant startsAt,
                              Instant endsAt, String address, String videoUrl, Integer capacity, String agenda,
                              String minutesStatus) {
    }

    public record MeetingPage(List<MeetingJson> meetings, long total, int page, int pages) {
    }

    public record MinutesJson(long meetingId, String status, String html, String approvedBy, Instant approvedAt) {
    }

    @Inject
    WorkingGroups groups;

    @Inject
    Meetings meetings;

    @Inject
    MeetingRecords records;

    @GET
    @Path("groups")
    @Operation(summary = "Every working group: names and missions in three languages, theme, size, next meeting")
    @APIResponse(responseCode = "200", description = "The groups")
    public List<GroupJson> list() {
        return groups.summaries().stream().map(GroupsResource::json).toList();
    }

    @GET
    @Path("groups/{id}")
    @Operation(summary = "One group's public summary")
    @APIResponse(responseCode = "200", description = "The group")
    @APIResponse(responseCode = "404", description = "No such group")
    public GroupJson get(@PathParam("id") long id) {
        return json(groups.summary(id));
    }

    @GET
    @Path("groups/{id}/members")
    @Operation(summary = "The members of a group with their organisation and e-mail address (members only)")
    @APIResponse(responseCode = "200", description = "The members")
    @APIResponse(responseCode = "403", description = "Not a member of this group")
    public List<MemberJson> members(@PathParam("id") long id) {
        return groups.members(id).stream().map(m -> new MemberJson(m.name(), m.organisation(), m.email(), m.lead())).toList();
    }

    @GET
    @Path("groups/{id}/meetings")
    @Operation(summary = "A group's past meetings, newest first, paged (members only); `upcoming=true` for the coming ones")
    @APIResponse(responseCode = "200", description = "A page of meetings")
    @APIResponse(responseCode = "403", description = "Not a member of this group")
    public MeetingPage meetings(@PathParam("id") long id, @QueryParam("upcoming") @DefaultValue("false") boolean upcoming,
                                @QueryParam("page") @DefaultValue("1") int page,
                                @QueryParam("per_page") @DefaultValue("20") int perPage) {
        int size = Math.max(1, Math.min(MAX_PER_PAGE, perPage));
        if (upcoming) {
            List<Meeting> coming = meetings.upcoming(id, size);
            return new MeetingPage(coming.stream().map(GroupsResource::json).toList(), coming.size(), 1, 1);
        }
        long total = meetings.pastCount(id);
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.max(1, Math.min(page, pages));
        return new MeetingPage(meetings.past(id, (current - 1) * size, size).stream().map(GroupsResource::json).toList(),
                total, current, pages);
    }

    @GET
    @Path("meetings/{id}")
    @Operation(summary = "One meeting (members of its group only)")
    @APIResponse(responseCode = "200", description = "The meeting")
    @APIResponse(responseCode = "403", description = "Not a member of its group")
    public MeetingJson meeting(@PathParam("id") long id) {
        return json(meetings.meeting(id));
    }

    @GET
    @Path("meetings/{id}/minutes")
    @Operation(summary = "A meeting's minutes: the text once approved (drafts for leads and their author only)")
    @APIResponse(responseCode = "200", description = "The minutes, `html` null while the caller may not read them")
    @APIResponse(responseCode = "403", description = "Not a member of its group")
    public MinutesJson minutes(@PathParam("id") long id) {
        MeetingRecords.Minutes minutes = records.minutes(id);
        return new MinutesJson(minutes.meetingId(), minutes.status().name(), minutes.html(), minutes.approverName(),
                minutes.approvedAt());
    }

    private static GroupJson json(WorkingGroups.Summary summary) {
        return new GroupJson(summary.group().getId(), Translations.of(summary.group().getName()),
                Translations.of(summary.group().getMission()),
                summary.theme() == null ? null : Translations.of(summary.theme()), summary.members(), summary.nextMeeting());
    }

    private static MeetingJson json(Meeting m) {
        return new MeetingJson(m.getId(), m.getUid(), m.getSequence(), m.getTitle(), m.getStatus().name(), m.getStartsAt(),
                m.getEndsAt(), m.getAddress(), m.getVideoUrl(), m.getCapacity(), m.getAgenda(), m.getMinutesStatus().name());
    }
}
