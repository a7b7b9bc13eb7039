-- Text.XHtml.Internals (xhtml-3000.2.2.1), clean-room: the documented
-- combinators over the interface file's types (Html a newtype over
-- HtmlElement, HtmlAttr a key and a value) and the three renderings
-- GHC-built programs print: showHtml (compact), renderHtml (a line break
-- and indentation before each tag's closing bracket), prettyHtml (one
-- tag or text per line, nested lines indented).
module Text.XHtml.Internals
  ( Html (..), HtmlElement (..), HtmlAttr (..)
  , HTML (..), ADDATTRS (..), CHANGEATTRS (..)
  , (<<), concatHtml, (+++), noHtml, isNoHtml, tag, itag
  , emptyAttr, intAttr, strAttr, htmlAttr, primHtml
  , stringToHtmlString, htmlAttrPair, mkHtml
  , showHtmlInternal, renderHtmlInternal, prettyHtmlInternal
  , showHtmlFragment, renderHtmlFragment, prettyHtmlFragment
  , showHtml', renderHtml', prettyHtml'
  , renderTag, renderEndTag, validHtmlITags
  , zz_mkHtmlzugo1, zz_mkHtmlzuattr, zz_prettyHtmlFragmentzugo1
  , zz_showHtmlFragmentzugo1, zz_zdfShowHtmlzugo2, zz_zdfShowHtmlzugo1
  , zz_zdfHTMLCharzuzdsgo1, zz_zdfSemigroupHtmlzugo1
  ) where

import Data.Char (ord)
import Data.List.NonEmpty (NonEmpty (..))
import Data.Semigroup (sconcat)

infixr 2 +++
infixr 7 <<
infixl 8 !

data HtmlElement
  = HtmlString String
  | HtmlTag
      { markupTag :: String
      , markupAttrs :: [HtmlAttr]
      , markupContent :: Html
      }

data HtmlAttr = HtmlAttr String String

newtype Html = Html { getHtmlElements :: [HtmlElement] }

instance Show Html where
  showsPrec _ html = showString (renderHtmlFragment html)
  showList htmls = foldr (.) id (map shows htmls)

instance Show HtmlAttr where
  showsPrec _ (HtmlAttr key val) =
    showString key . showString "=" . shows val

instance Semigroup Html where
  Html a <> Html b = Html (a ++ b)
  sconcat (h :| hs) = zz_zdfSemigroupHtmlzugo1 h hs

-- sconcat's loop (the package's -O1 code names it).
zz_zdfSemigroupHtmlzugo1 :: Html -> [Html] -> Html
zz_zdfSemigroupHtmlzugo1 h [] = h
zz_zdfSemigroupHtmlzugo1 h (h' : hs) = h <> zz_zdfSemigroupHtmlzugo1 h' hs

instance Monoid Html where
  mempty = noHtml

class HTML a where
  toHtml :: a -> Html
  toHtmlFromList :: [a] -> Html
  toHtmlFromList xs = Html (concatMap (getHtmlElements . toHtml) xs)

instance HTML Html where
  toHtml a = a

instance HTML Char where
  toHtml c = toHtml [c]
  toHtmlFromList [] = Html []
  toHtmlFromList str = Html [HtmlString (stringToHtmlString str)]

instance HTML a => HTML [a] where
  toHtml xs = toHtmlFromList xs

instance HTML a => HTML (Maybe a) where
  toHtml = maybe noHtml toHtml

class ADDATTRS a where
  (!) :: a -> [HtmlAttr] -> a

instance ADDATTRS b => ADDATTRS (a -> b) where
  fn ! attr = \arg -> fn arg ! attr

instance ADDATTRS Html where
  Html htmls ! attr = Html (map add htmls)
    where
      add (HtmlTag t a h) = HtmlTag t (a ++ attr) h
      add html = html

class CHANGEATTRS a where
  changeAttrs :: a -> ([HtmlAttr] -> [HtmlAttr]) -> a

instance CHANGEATTRS b => CHANGEATTRS (a -> b) where
  changeAttrs fn f = \arg -> changeAttrs (fn arg) f

instance CHANGEATTRS Html where
  changeAttrs (Html htmls) f = Html (map change htmls)
    where
      change (HtmlTag t a h) = HtmlTag t (f a) h
      change html = html

(<<) :: HTML a => (Html -> b) -> a -> b
fn << arg = fn (toHtml arg)

concatHtml :: HTML a => [a] -> Html
concatHtml = Html . concatMap (getHtmlElements . toHtml)

(+++) :: (HTML a, HTML b) => a -> b -> Html
a +++ b = Html (getHtmlElements (toHtml a) ++ getHtmlElements (toHtml b))

noHtml :: Html
noHtml = Html []

isNoHtml :: Html -> Bool
isNoHtml (Html xs) = null xs

tag :: String -> Html -> Html
tag str htmls = Html [HtmlTag str [] htmls]

itag :: String -> Html
itag str = tag str noHtml

emptyAttr :: String -> HtmlAttr
emptyAttr s = HtmlAttr s s

intAttr :: String -> Int -> HtmlAttr
intAttr s i = HtmlAttr s (show i)

strAttr :: String -> String -> HtmlAttr
strAttr s t = HtmlAttr s (stringToHtmlString t)

htmlAttr :: String -> Html -> HtmlAttr
htmlAttr s t = HtmlAttr s (show t)

-- Text taken as it is (no escaping).
primHtml :: String -> Html
primHtml [] = Html []
primHtml x = Html [HtmlString x]

-- The characters XML gives a meaning to become entities; the others past
-- ASCII become numeric references.
stringToHtmlString :: String -> String
stringToHtmlString = concatMap escape
  where
    escape '<' = "&lt;"
    escape '>' = "&gt;"
    escape '&' = "&amp;"
    escape '"' = "&quot;"
    escape c
      | ord c > 0x7f = "&#" ++ show (ord c) ++ ";"
      | otherwise = [c]

htmlAttrPair :: HtmlAttr -> (String, String)
htmlAttrPair (HtmlAttr n v) = (n, v)

-- The html element around a document, with the XHTML namespace.
mkHtml :: HTML html => html -> Html
mkHtml = (tag "html" ! [strAttr "xmlns" "http://www.w3.org/1999/xhtml"] <<)

showHtmlInternal :: HTML html => String -> html -> String
showHtmlInternal docType theHtml = docType ++ showHtmlFragment (mkHtml theHtml)

renderHtmlInternal :: HTML html => String -> html -> String
renderHtmlInternal docType theHtml =
  docType ++ "\n" ++ renderHtmlFragment (mkHtml theHtml) ++ "\n"

prettyHtmlInternal :: HTML html => String -> html -> String
prettyHtmlInternal docType theHtml =
  docType ++ "\n" ++ prettyHtmlFragment (mkHtml theHtml)

showHtmlFragment :: HTML html => html -> String
showHtmlFragment h = foldr showHtml' "" (getHtmlElements (toHtml h))

renderHtmlFragment :: HTML html => html -> String
renderHtmlFragment h = foldr (renderHtml' 0) "" (getHtmlElements (toHtml h))

prettyHtmlFragment :: HTML html => html -> String
prettyHtmlFragment = unlines . concatMap prettyHtml' . getHtmlElements . toHtml

-- Tags that may be written empty (`<br />`).
validHtmlITags :: [String]
validHtmlITags =
  [ "area", "base", "basefont", "br", "col", "frame", "hr", "img", "input"
  , "isindex", "link", "meta", "param" ]

isEmptyTag :: String -> Html -> Bool
isEmptyTag name html = isNoHtml html && name `elem` validHtmlITags

showHtml' :: HtmlElement -> ShowS
showHtml' (HtmlString str) = (str ++)
showHtml' (HtmlTag name attrs html)
  | isEmptyTag name html = renderTag True name attrs ""
  | otherwise =
      renderTag False name attrs ""
        . foldr (.) id (map showHtml' (getHtmlElements html))
        . renderEndTag name ""

renderHtml' :: Int -> HtmlElement -> ShowS
renderHtml' _ (HtmlString str) = (str ++)
renderHtml' n (HtmlTag name attrs html)
  | isEmptyTag name html = renderTag True name attrs (nl n)
  | otherwise =
      renderTag False name attrs (nl n)
        . foldr (.) id (map (renderHtml' (n + 2)) (getHtmlElements html))
        . renderEndTag name (nl n)
  where
    nl k = '\n' : replicate (k `div` 8) '\t' ++ replicate (k `mod` 8) ' '

prettyHtml' :: HtmlElement -> [String]
prettyHtml' (HtmlString str) = [str]
prettyHtml' (HtmlTag name attrs html)
  | isEmptyTag name html = [oneLine (renderTag True name attrs "" "")]
  | otherwise =
      [oneLine (renderTag False name attrs "" "")]
        ++ map ("   " ++) (concatMap prettyHtml' (getHtmlElements html))
        ++ [oneLine (renderEndTag name "" "")]
  where
    oneLine = filter (/= '\n')

-- `<name attrs` then the line break given and `>` (or ` />` for an empty
-- tag).
renderTag :: Bool -> String -> [HtmlAttr] -> String -> ShowS
renderTag empty name attrs nl r =
  "<" ++ name ++ concatMap attr attrs ++ nl ++ (if empty then " />" else ">") ++ r
  where
    attr (HtmlAttr key val) = ' ' : key ++ "=\"" ++ val ++ "\""

renderEndTag :: String -> String -> ShowS
renderEndTag name nl r = "</" ++ name ++ nl ++ ">" ++ r

-- The package's internals its -O1 code names (loops GHC gave no
-- unfolding): escaping, the html element's namespace attribute, and the
-- renderings of a list of elements.
zz_mkHtmlzugo1 :: [Char] -> [Char]
zz_mkHtmlzugo1 = stringToHtmlString

zz_mkHtmlzuattr :: [HtmlAttr]
zz_mkHtmlzuattr = [strAttr "xmlns" "http://www.w3.org/1999/xhtml"]

zz_prettyHtmlFragmentzugo1 :: [HtmlElement] -> [String]
zz_prettyHtmlFragmentzugo1 = concatMap prettyHtml'

zz_showHtmlFragmentzugo1 :: [HtmlElement] -> String -> String
zz_showHtmlFragmentzugo1 es r = foldr showHtml' r es

zz_zdfShowHtmlzugo2 :: [HtmlElement] -> String -> String
zz_zdfShowHtmlzugo2 es r = foldr (renderHtml' 0) r es

zz_zdfShowHtmlzugo1 :: [Html] -> String -> String
zz_zdfShowHtmlzugo1 = showList

zz_zdfHTMLCharzuzdsgo1 :: Char -> [Char] -> [Char]
zz_zdfHTMLCharzuzdsgo1 c cs = stringToHtmlString (c : cs)
