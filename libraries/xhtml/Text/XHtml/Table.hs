-- Text.XHtml.Table (xhtml-3000.2.2.1), clean-room: Html tables from
-- cells placed beside (<->) and above (</>) each other, rendered as
-- tr/td rows with colspan and rowspan where a cell stretches.
module Text.XHtml.Table
  ( HtmlTable, HTMLTABLE (..), (</>), above, (<->), beside
  , aboves, besides, simpleTable
  , zz_aboves1, zz_besides1
  ) where

import Control.Exception (ErrorCall (..), throw)
import Text.XHtml.Internals
import Text.XHtml.Strict.Elements
import Text.XHtml.Strict.Attributes
import qualified Text.XHtml.BlockTable as BT

infixr 3 </>
infixr 4 <->

newtype HtmlTable = HtmlTable (BT.BlockTable (Int -> Int -> Html))

class HTMLTABLE ht where
  cell :: ht -> HtmlTable

instance HTMLTABLE HtmlTable where
  cell = id

-- A cell spanning x columns and y rows gets colspan/rowspan when above 1.
instance HTMLTABLE Html where
  cell h = HtmlTable (BT.single spanned)
    where
      spanned x y = h ! (spanAttr x colspan (spanAttr y rowspan []))
      spanAttr 1 _ rest = rest
      spanAttr n attr rest = attr n : rest

instance HTML HtmlTable where
  toHtml (HtmlTable tab) = renderTable tab

instance Show HtmlTable where
  showsPrec _ t = shows (toHtml t)

renderTable :: BT.BlockTable (Int -> Int -> Html) -> Html
renderTable theTable =
  concatHtml [tr << [theCell x y | (theCell, (x, y)) <- row] | row <- BT.getMatrix theTable]

above, (</>), beside, (<->) :: (HTMLTABLE ht1, HTMLTABLE ht2) => ht1 -> ht2 -> HtmlTable
above a b = combineWith BT.above (cell a) (cell b)
(</>) = above
beside a b = combineWith BT.beside (cell a) (cell b)
(<->) = beside

combineWith
  :: (BT.BlockTable (Int -> Int -> Html) -> BT.BlockTable (Int -> Int -> Html) -> BT.BlockTable (Int -> Int -> Html))
  -> HtmlTable -> HtmlTable -> HtmlTable
combineWith fn (HtmlTable a) (HtmlTable b) = HtmlTable (a `fn` b)

aboves, besides :: HTMLTABLE ht => [ht] -> HtmlTable
aboves [] = zz_aboves1
aboves xs = foldr1 (</>) (map cell xs)
besides [] = zz_besides1
besides xs = foldr1 (<->) (map cell xs)

-- No cells: the package's errors (its text and call stack).
zz_aboves1, zz_besides1 :: HtmlTable
zz_aboves1 = packageError "aboves []" "76:14"
zz_besides1 = packageError "besides []" "80:14"

packageError :: String -> String -> a
packageError msg at =
  throw
    ( ErrorCallWithLocation
        msg
        ( "CallStack (from HasCallStack):\n  error, called at libraries/xhtml/Text/XHtml/Table.hs:"
            ++ at ++ " in xhtml-3000.2.2.1:Text.XHtml.Table"
        )
    )

simpleTable :: [HtmlAttr] -> [HtmlAttr] -> [[Html]] -> Html
simpleTable attr cellAttr rows =
  table ! attr << aboves [besides [(td ! cellAttr) h | h <- row] | row <- rows]
