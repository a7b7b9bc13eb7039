-- Text.XHtml.Extras (xhtml-3000.2.2.1), clean-room: the documented
-- convenience combinators (entities, text with line breaks, lists,
-- forms' input widgets, hot links).
module Text.XHtml.Extras
  ( stringToHtml, lineToHtml, linesToHtml, primHtmlChar
  , copyright, spaceHtml, bullet, p
  , HotLink (..), URL, hotlink
  , ordList, unordList, defList
  , widget, checkbox, hidden, radio, reset, submit, password
  , textfield, afile, clickmap, menu, gui
  , zz_lineToHtmlzugo1, zz_menuzugo1, zz_menuzugo4, zz_defListzugo4
  , zz_zdfHTMLHotLinkzugo1
  ) where

import Text.XHtml.Internals
import Text.XHtml.Strict.Elements
import Text.XHtml.Strict.Attributes

stringToHtml :: String -> Html
stringToHtml = primHtml . stringToHtmlString

-- Spaces kept as non-breaking ones.
lineToHtml :: String -> Html
lineToHtml = primHtml . zz_lineToHtmlzugo1 . stringToHtmlString

-- The package's -O1 internals: the escaped line's spaces made
-- non-breaking, the menu's options, lists of elements joined.
zz_lineToHtmlzugo1 :: [Char] -> [Char]
zz_lineToHtmlzugo1 = concatMap nbsp
  where
    nbsp ' ' = "&nbsp;"
    nbsp c = [c]

zz_menuzugo1 :: [Html] -> [Html]
zz_menuzugo1 choices = [option << p << choice | choice <- choices]

zz_menuzugo4 :: [Html] -> [HtmlElement]
zz_menuzugo4 = concatMap getHtmlElements

zz_defListzugo4 :: [[Html]] -> [HtmlElement]
zz_defListzugo4 = concatMap (concatMap getHtmlElements)

zz_zdfHTMLHotLinkzugo1 :: [HotLink] -> [HtmlElement]
zz_zdfHTMLHotLinkzugo1 = concatMap (getHtmlElements . toHtml)

linesToHtml :: [String] -> Html
linesToHtml [] = noHtml
linesToHtml [x] = lineToHtml x
linesToHtml (x : xs) = lineToHtml x +++ br +++ linesToHtml xs

primHtmlChar :: String -> Html
primHtmlChar x = primHtml ("&" ++ x ++ ";")

copyright, spaceHtml, bullet :: Html
copyright = primHtmlChar "copy"
spaceHtml = primHtmlChar "nbsp"
bullet = primHtmlChar "#149"

p :: Html -> Html
p = paragraph

type URL = String

data HotLink = HotLink
  { hotLinkURL :: URL
  , hotLinkContents :: Html
  , hotLinkAttributes :: [HtmlAttr]
  }
  deriving Show

instance HTML HotLink where
  toHtml hl = anchor ! (href (hotLinkURL hl) : hotLinkAttributes hl) << hotLinkContents hl

instance ADDATTRS HotLink where
  hl ! attr = hl { hotLinkAttributes = hotLinkAttributes hl ++ attr }

hotlink :: URL -> Html -> HotLink
hotlink url h = HotLink url h []

ordList, unordList :: HTML a => [a] -> Html
ordList items = olist << map (li <<) items
unordList items = ulist << map (li <<) items

defList :: (HTML a, HTML b) => [(a, b)] -> Html
defList items = dlist << [[dterm << dt, ddef << dd] | (dt, dd) <- items]

-- An input element: its type, then name and id when a name is given.
widget :: String -> String -> [HtmlAttr] -> Html
widget w n attrs = input ! ([thetype w] ++ named ++ attrs)
  where
    named = if null n then [] else [name n, identifier n]

checkbox, hidden, radio, reset, submit :: String -> String -> Html
checkbox n v = widget "checkbox" n [value v]
hidden n v = widget "hidden" n [value v]
radio n v = widget "radio" n [value v]
reset n v = widget "reset" n [value v]
submit n v = widget "submit" n [value v]

password, textfield, afile, clickmap :: String -> Html
password n = widget "password" n []
textfield n = widget "text" n []
afile n = widget "file" n []
clickmap n = widget "image" n []

menu :: String -> [Html] -> Html
menu n choices = select ! [name n] << zz_menuzugo1 choices

gui :: String -> Html -> Html
gui act = form ! [action act, method "post"]
