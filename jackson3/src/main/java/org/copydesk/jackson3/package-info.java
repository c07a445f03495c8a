/**
 * Jackson 3 ({@code tools.jackson}) support for the article model: {@link org.copydesk.jackson3.ArticleJson3} makes a
 * configured mapper, {@link org.copydesk.jackson3.ArticleJackson3Module} is the module behind it. The JSON form is
 * the one copydesk-core writes with Jackson 2.
 */
package org.copydesk.jackson3;
