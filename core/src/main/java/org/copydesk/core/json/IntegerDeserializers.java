package org.copydesk.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.OptionalInt;

/**
 * Reads the model's integers (positions, indices, levels) as the JSON Schema's {@code "type": "integer"} does: a number
 * whose value is a whole number that fits an {@code int}, so {@code 3} and {@code 3.0} are read as 3, while {@code 3.5}
 * is rejected rather than truncated and {@code "3"} rather than coerced.
 */
final class IntegerDeserializers {

  private IntegerDeserializers() {}

  static int read(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      String text = p.getText();
      BigDecimal value = p.getDecimalValue();
      try {
        return value.intValueExact();
      } catch (ArithmeticException notWholeOrTooLarge) {
        return (Integer) ctxt.handleWeirdNumberValue(Integer.class, value, "%s is not a whole number from %d to %d",
            text, Integer.MIN_VALUE, Integer.MAX_VALUE);
      }
    }
    return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
  }

  /** Reads an {@code int} or {@code Integer}. */
  static final class Int extends StdScalarDeserializer<Integer> {
    private static final long serialVersionUID = 1L;

    Int(Class<Integer> type) {
      super(type);
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /** Reads an {@code OptionalInt}; {@code null} is absent, for mappers that accept it at all. */
  static final class Optional extends StdScalarDeserializer<OptionalInt> {
    private static final long serialVersionUID = 1L;

    Optional() {
      super(OptionalInt.class);
    }

    @Override
    public OptionalInt deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return OptionalInt.of(read(p, ctxt));
    }

    @Override
    public OptionalInt getNullValue(DeserializationContext ctxt) {
      return OptionalInt.empty();
    }
  }
}
