package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.go.mhlw.kpi.domain.model.security.Role;
import org.junit.jupiter.api.Test;

/**
 * The EAR maps its roles by hand (for the demo's run-as principals), which switches the server's default mapping
 * off for the application: a role left out would be refused to everyone who has it.
 */
class RoleMappingTest {

    private static final Path MAPPING = Path.of("..", "kpi-ear", "src", "main", "application", "META-INF",
            "glassfish-application.xml");
    private static final Pattern ENTRY = Pattern.compile(
            "<security-role-mapping>\\s*<role-name>([^<]+)</role-name>\\s*<group-name>([^<]+)</group-name>");

    @Test
    void everyRoleOfTheApplicationIsItsGroupOfTheSameName() throws Exception {
        Map<String, String> groupOfRole = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(Files.readString(MAPPING));
        while (entry.find()) {
            groupOfRole.put(entry.group(1), entry.group(2));
        }
        List<String> roles = Arrays.stream(Role.values()).map(Role::roleName).toList();

        assertThat(groupOfRole.keySet()).containsExactlyInAnyOrderElementsOf(roles);
        groupOfRole.forEach((role, group) -> assertThat(group).as("the group of role %s", role).isEqualTo(role));
    }
}
