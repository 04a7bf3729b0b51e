package jp.go.mhlw.kpi.api.rest.submission;

import java.util.Collection;

/**
 * Content that is no document of the submission layout: a member it does not have, a value of the wrong JSON type,
 * a name that is no constant, a date that is none. The message names the member (with its place, e.g.
 * {@code courses[0].participants}) and is meant for the client: it is answered with 400.
 */
public class MalformedContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedContentException(String message) {
        super(message);
    }

    static MalformedContentException unknownMember(String member, String path, Collection<String> members) {
        return new MalformedContentException("Unknown member \"" + member + "\" in " + (path.isEmpty() ? "the content"
                : path) + "; its members are " + String.join(", ", members));
    }
}
