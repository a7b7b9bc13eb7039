-- Text.XHtml.Frameset.Elements (xhtml-3000.2.2.1), clean-room: each element or attribute of the
-- documented API with the tag or attribute name its interface file gives.
module Text.XHtml.Frameset.Elements
  ( frame
  , frameset
  , noframes
  ) where

import Text.XHtml.Internals

frame :: Html -> Html
frame = tag "frame"

frameset :: Html -> Html
frameset = tag "frameset"

noframes :: Html -> Html
noframes = tag "noframes"

