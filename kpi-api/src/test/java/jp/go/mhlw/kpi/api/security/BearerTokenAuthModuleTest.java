package jp.go.mhlw.kpi.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import javax.security.auth.Subject;
import org.junit.jupiter.api.Test;

/** What a client without a token reads: the same 401 problem document as before it was built with JSON-P. */
class BearerTokenAuthModuleTest {

    @Test
    void aProtectedResourceWithoutATokenAnswers401WithAProblemDocument() throws Exception {
        Map<String, String> headers = new HashMap<>();
        int[] status = {0};
        StringWriter body = new StringWriter();
        PrintWriter writer = new PrintWriter(body);
        HttpServletRequest request = fake(HttpServletRequest.class, (method, arguments) -> null);
        HttpServletResponse response = fake(HttpServletResponse.class, (method, arguments) -> switch (method) {
            case "setHeader" -> headers.put((String) arguments[0], (String) arguments[1]);
            case "setContentType" -> headers.put("Content-Type", (String) arguments[0]);
            case "setStatus" -> status[0] = (Integer) arguments[0];
            case "getWriter" -> writer;
            default -> null;
        });
        Map<Object, Object> options = new HashMap<>(Map.of(
                "jakarta.security.auth.message.MessagePolicy.isMandatory", "true"));

        AuthStatus answer = new BearerTokenAuthModule(null).validateRequest(new MessageInfo() {
            @Override
            public Object getRequestMessage() {
                return request;
            }

            @Override
            public Object getResponseMessage() {
                return response;
            }

            @Override
            public void setRequestMessage(Object message) {
            }

            @Override
            public void setResponseMessage(Object message) {
            }

            @Override
            @SuppressWarnings("rawtypes")
            public Map getMap() {
                return options;
            }
        }, new Subject(), new Subject());
        writer.flush();

        assertThat(answer).isEqualTo(AuthStatus.SEND_FAILURE);
        assertThat(status[0]).isEqualTo(401);
        assertThat(headers).containsEntry("WWW-Authenticate", "Bearer realm=\"kpi\"")
                .containsEntry("Content-Type", "application/problem+json");
        assertThat(body).hasToString("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"A valid bearer token is required.\",\"message\":\"A valid bearer token is required.\"}");
    }

    private interface Answer {
        Object answer(String method, Object[] arguments);
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> {
                    Object value = answer.answer(method.getName(), arguments);
                    return method.getReturnType() == boolean.class && value == null ? Boolean.FALSE : value;
                }));
    }
}
