package org.copydesk.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.copydesk.core.Block;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * The Jackson module for the article model.
 *
 * <p>The model types carry their own Jackson annotations; this module adds what they need from outside:
 * {@link Jdk8Module} for {@code Optional} values, which are left out of the JSON when empty, and an error that names
 * the known block types when the input has another, integers read as the schema reads them ({@code 2.0} is 2,
 * {@code 2.5} and {@code "2"} are errors), and a check that each object has every property the published
 * JSON Schema requires, even those the model gives a default when it is built by hand (a missing {@code schemaVersion}
 * or {@code blocks} is an error naming them). It is registered in {@code META-INF/services}, so
 * {@code mapper.findAndRegisterModules()} picks it up. Prefer {@link ArticleJson#newMapper()}, which also sets the
 * reading limits, inclusion rules and the strict reading of scalars and nulls of the JSON contract.
 */
public final class ArticleJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The version of copydesk-core, as its build wrote it into {@code version.properties}. */
  private static final Version VERSION = readVersion();

  private static final List<String> BLOCK_TYPES = Arrays.stream(Block.class.getAnnotation(JsonSubTypes.class).value())
      .map(t -> t.value().getAnnotation(JsonTypeName.class).value())
      .toList();

  private static final Map<Class<?>, RequiredProperties.Of> REQUIRED = RequiredProperties.fromSchema();

  /** Creates the module. */
  public ArticleJsonModule() {
    super("copydesk-article", VERSION);
    addDeserializer(int.class, new IntegerDeserializers.Int(int.class));
    addDeserializer(Integer.class, new IntegerDeserializers.Int(Integer.class));
    addDeserializer(OptionalInt.class, new IntegerDeserializers.Optional());
  }

  private static Version readVersion() {
    Properties p = new Properties();
    try (InputStream in = ArticleJsonModule.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(p.getProperty("version"), "org.copydesk", "copydesk-core");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    JsonInclude.Value nonAbsent = JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, null);
    for (Class<?> optional : List.of(Optional.class, OptionalInt.class)) {
      context.configOverride(optional).setInclude(nonAbsent);
    }
    context.addDeserializationProblemHandler(new UnknownBlockType());
    context.addBeanDeserializerModifier(new RequireSchemaProperties());
  }

  /** Puts a {@link RequiringDeserializer} in front of the reader of each model type the schema describes. */
  private static final class RequireSchemaProperties extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
        JsonDeserializer<?> deserializer) {
      Class<?> implementation = beanDesc.getBeanClass();
      // The generated ImmutableX reads through a nested builder class; checking the outer one is enough.
      if (implementation.isMemberClass()) {
        return deserializer;
      }
      for (RequiredProperties.Of required : REQUIRED.values()) {
        if (required.type().isAssignableFrom(implementation)) {
          return new RequiringDeserializer(deserializer, required);
        }
      }
      return deserializer;
    }
  }

  /** Names the known block types when the input has another one (Jackson's own message lists none). */
  private static final class UnknownBlockType extends DeserializationProblemHandler {
    @Override
    public JavaType handleUnknownTypeId(DeserializationContext ctxt, JavaType baseType, String subTypeId,
        TypeIdResolver idResolver, String failureMsg) throws IOException {
      if (!baseType.hasRawClass(Block.class)) {
        return null;
      }
      throw InvalidTypeIdException.from(ctxt.getParser(), "unknown block type \"" + subTypeId
          + "\": expected one of " + BLOCK_TYPES, baseType, subTypeId);
    }
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module());
  }
}
