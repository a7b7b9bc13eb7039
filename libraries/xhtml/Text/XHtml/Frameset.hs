-- Text.XHtml.Frameset (xhtml-3000.2.2.1), clean-room: XHTML 1.0 Frameset documents
-- (the document type of its interface file, then the html element).
module Text.XHtml.Frameset
  ( module Text.XHtml.Internals
  , module Text.XHtml.Strict.Elements
  , module Text.XHtml.Strict.Attributes
  , module Text.XHtml.Transitional.Elements
  , module Text.XHtml.Transitional.Attributes
  , module Text.XHtml.Frameset.Elements
  , module Text.XHtml.Frameset.Attributes
  , module Text.XHtml.Extras
  , docType, showHtml, renderHtml, prettyHtml
  ) where

import Text.XHtml.Internals hiding (HtmlElement (..), mkHtml, showHtmlInternal, renderHtmlInternal, prettyHtmlInternal, showHtml', renderHtml', prettyHtml', renderTag, renderEndTag, validHtmlITags, markupTag, markupAttrs, markupContent, getHtmlElements)
import qualified Text.XHtml.Internals as I
import Text.XHtml.Strict.Elements
import Text.XHtml.Strict.Attributes
import Text.XHtml.Transitional.Elements
import Text.XHtml.Transitional.Attributes
import Text.XHtml.Frameset.Elements
import Text.XHtml.Frameset.Attributes
import Text.XHtml.Extras

docType :: String
docType = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Frameset//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-frameset.dtd\">"

showHtml, renderHtml, prettyHtml :: HTML html => html -> String
showHtml = I.showHtmlInternal docType
renderHtml = I.renderHtmlInternal docType
prettyHtml = I.prettyHtmlInternal docType
