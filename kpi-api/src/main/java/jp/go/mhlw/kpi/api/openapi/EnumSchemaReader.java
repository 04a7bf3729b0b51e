package jp.go.mhlw.kpi.api.openapi;

import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The OpenAPI document's starting point ({@code mp.openapi.model.reader}): the {@link EnumSchemas}, before the
 * server adds what it reads from the resources' annotations.
 */
public class EnumSchemaReader implements OASModelReader {

    @Override
    public OpenAPI buildModel() {
        OpenAPI model = OASFactory.createOpenAPI();
        if (model.getComponents() == null) {
            model.setComponents(OASFactory.createComponents());
        }
        if (model.getPaths() == null) {
            model.setPaths(OASFactory.createPaths());
        }
        Components components = model.getComponents();
        EnumSchemas.valuesByName().forEach((name, values) -> components.addSchema(name,
                OASFactory.createSchema().type(Schema.SchemaType.STRING).enumeration(new ArrayList<>(values))));
        return model;
    }
}
