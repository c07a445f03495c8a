package org.copydesk.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads a model object only when it has every property the schema requires, then hands it to the model's own reader.
 *
 * <p>Jackson enforces required properties only for constructor parameters, and the model fills some in with defaults,
 * so the object is read into a buffer first, noting its property names. The buffer costs one copy of the object per
 * level of model nesting (at most four).
 */
final class RequiringDeserializer extends DelegatingDeserializer {

  private static final long serialVersionUID = 1L;

  private final RequiredProperties.Of required;

  RequiringDeserializer(JsonDeserializer<?> delegate, RequiredProperties.Of required) {
    super(delegate);
    this.required = required;
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new RequiringDeserializer(newDelegatee, required);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
      return super.deserialize(p, ctxt);
    }
    // Polymorphic blocks arrive with their type id already read, positioned at the next property or the end.
    if (token == JsonToken.START_OBJECT) {
      token = p.nextToken();
    }
    TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
    buffer.writeStartObject();
    Set<String> missing = new LinkedHashSet<>(required.names());
    for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
      String name = p.currentName();
      missing.remove(name);
      buffer.writeFieldName(name);
      p.nextToken();
      buffer.copyCurrentStructure(p);
    }
    buffer.writeEndObject();
    if (!missing.isEmpty()) {
      return ctxt.reportInputMismatch(this, "%s is missing required propert%s %s", required.name(),
          missing.size() == 1 ? "y" : "ies", String.join(", ", missing.stream().map(n -> '"' + n + '"').toList()));
    }
    try (JsonParser buffered = buffer.asParserOnFirstToken()) {
      return super.deserialize(buffered, ctxt);
    }
  }
}
