package org.copydesk.jackson3;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import org.copydesk.core.Article;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.AbstractTypeResolver;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 ({@code tools.jackson}) module for the article model: with it, a Jackson 3 mapper reads and writes
 * the same JSON as copydesk-core's Jackson 2 {@code ArticleJsonModule}.
 *
 * <p>The model's field names, order and type ids are annotations Jackson 2 and 3 share
 * ({@code com.fasterxml.jackson.annotation}); this module adds what Jackson 3 needs beside them: the immutable implementation behind each abstract model type
 * (so that an {@link Article} can be read back), and empty {@code Optional} values left out of the JSON. It is
 * registered in {@code META-INF/services}, so {@code JsonMapper.builder().findAndAddModules()} picks it up. Prefer
 * {@link ArticleJson3#newMapper()}, which also sets the reading limits and inclusion rules of the JSON contract.
 */
public final class ArticleJackson3Module extends SimpleModule {

  private static final long serialVersionUID = 1L;

  private static final Version VERSION = readVersion();

  /** Creates the module. */
  public ArticleJackson3Module() {
    super("copydesk-article-jackson3", VERSION);
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addAbstractTypeResolver(new ImmutableImplementations());
    JsonInclude.Value nonAbsent = JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, null);
    for (Class<?> optional : List.of(Optional.class, OptionalInt.class)) {
      context.configOverride(optional).setInclude(nonAbsent);
    }
  }

  /**
   * Maps each abstract model type to the implementation Immutables generates beside it ({@code Article} to
   * {@code ImmutableArticle}), whose creator reads the JSON. The implementations are package-private, so they are
   * found by name; an interface such as {@code Block} has none and is read through its type id.
   */
  private static final class ImmutableImplementations extends AbstractTypeResolver {
    private static final String MODEL = Article.class.getPackageName();

    @Override
    public JavaType findTypeMapping(DeserializationConfig config, JavaType type) {
      Class<?> raw = type.getRawClass();
      if (!raw.getPackageName().equals(MODEL) || raw.isInterface() || !Modifier.isAbstract(raw.getModifiers())) {
        return null;
      }
      try {
        Class<?> implementation = Class.forName(MODEL + ".Immutable" + raw.getSimpleName(), false,
            raw.getClassLoader());
        return config.getTypeFactory().constructSpecializedType(type, implementation);
      } catch (ClassNotFoundException e) {
        return null;
      }
    }
  }

  private static Version readVersion() {
    Properties p = new Properties();
    try (InputStream in = ArticleJackson3Module.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(p.getProperty("version"), "org.copydesk", "copydesk-jackson3");
  }
}
