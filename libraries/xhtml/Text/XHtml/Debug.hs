{-# LANGUAGE UnboxedTuples #-}
-- Text.XHtml.Debug (xhtml-3000.2.2.1), clean-room: Html shown as a tree
-- of nested coloured tables (the behaviour GHC-built programs show: an
-- opening line, the children beside a coloured bar, a closing line).
module Text.XHtml.Debug
  ( HtmlTree (..), treeHtml, treeColors, debugHtml
  , zz_zdfHTMLHtmlTreezugo1, zz_zdwtreeHtmlzq, zz_debugHtmlzugo1, zz_zdwdebugHtml
  ) where

import Control.Exception (ErrorCall (..), throw)
import Text.XHtml.Internals
import Text.XHtml.Extras
import Text.XHtml.Table
import qualified Text.XHtml.BlockTable as BT
import Text.XHtml.Strict.Elements
import Text.XHtml.Strict.Attributes

data HtmlTree = HtmlLeaf Html | HtmlNode Html [HtmlTree] Html

instance HTML HtmlTree where
  toHtml x = treeHtml treeColors x
  toHtmlFromList xs = Html (zz_zdfHTMLHtmlTreezugo1 xs)

-- The package's -O1 internals: trees joined, treeHtml' as the table's
-- fields, the debugged elements, debugHtml's worker.
zz_zdfHTMLHtmlTreezugo1 :: [HtmlTree] -> [HtmlElement]
zz_zdfHTMLHtmlTreezugo1 = concatMap (getHtmlElements . toHtml)

zz_zdwtreeHtmlzq
  :: [String] -> HtmlTree -> (# Int -> Int -> BT.TableI (Int -> Int -> Html), Int, Int #)
zz_zdwtreeHtmlzq colors t = case treeHtml' colors t of
  HtmlTable (BT.Table f w h) -> (# f, w, h #)

zz_zdwdebugHtml :: HTML a => a -> (# HtmlElement, [HtmlElement] #)
zz_zdwdebugHtml obj = case getHtmlElements (debugHtml obj) of
  e : es -> (# e, es #)
  [] -> error "debugHtml: no table"

treeColors :: [String]
treeColors = cycle ["#88ccff", "#ffffaa", "#ffaaff", "#ccffff"]

treeHtml :: [String] -> HtmlTree -> Html
treeHtml colors h =
  table ! [border 0, cellpadding 0, cellspacing 2] << treeHtml' colors h

-- A node takes the head of its colours, its children the colours after
-- it, each child one further. Running out of colours fails as with the
-- package: Prelude.head's error for a colour, and the package's own
-- error (its text and call stack) for the colours after none.
treeHtml' :: [String] -> HtmlTree -> HtmlTable
treeHtml' _ (HtmlLeaf leaf) = cell (td ! [width "100%"] << bold << leaf)
treeHtml' colors (HtmlNode hopen ts hclose)
  | null ts && isNoHtml hclose = cell hd
  | null ts = hd </> bar `beside` (td ! [bgcolor' c2] << spaceHtml) </> tl
  | otherwise = hd </> (bar `beside` aboves (zipWith treeHtml' (iterate next colors') ts)) </> tl
  where
    c = head colors
    colors' = next colors
    c2 = head colors'
    hd = td ! [bgcolor' c] << hopen
    tl = td ! [bgcolor' c] << hclose
    bar = td ! [bgcolor' c, width "10"] << spaceHtml
    bgcolor' col = thestyle ("background-color:" ++ col)

next :: [String] -> [String]
next (_ : cs) = cs
next [] =
  throw
    ( ErrorCallWithLocation
        "The imposible happens"
        "CallStack (from HasCallStack):\n  error, called at libraries/xhtml/Text/XHtml/Debug.hs:58:23 in xhtml-3000.2.2.1:Text.XHtml.Debug"
    )

debugHtml :: HTML a => a -> Html
debugHtml obj =
  table ! [border 0]
    << ( th ! [thestyle "background-color:#008888"]
           << thespan ! [thestyle "text-decoration:underline"] << "Debugging Output"
           </> td << Html (zz_debugHtmlzugo1 (getHtmlElements (toHtml obj)))
       )

zz_debugHtmlzugo1 :: [HtmlElement] -> [HtmlElement]
zz_debugHtmlzugo1 = concatMap (getHtmlElements . treeHtml treeColors . debug)
  where
    debug (HtmlString str) = HtmlLeaf (spaceHtml +++ linesToHtml (lines str))
    debug (HtmlTag name attrs inner) = case getHtmlElements inner of
      [] -> HtmlNode hd [] noHtml
      xs -> HtmlNode hd (map debug xs) tl
      where
        args = if null attrs then "" else "  " ++ unwords (map show attrs)
        hd = small ("<" ++ name ++ args ++ ">")
        tl = small ("</" ++ name ++ ">")
    small s = thespan ! [thestyle "font-size:x-small"] << s
