-- fullRender with our own text handler (what pieces the layout emits),
-- Show/Eq of Style, Mode, TextDetails, Doc, and the Semigroup/Monoid/IsString instances.
{-# LANGUAGE OverloadedStrings #-}
import Prelude hiding ((<>))
import qualified Prelude
import Text.PrettyPrint

pieces :: Mode -> Int -> Float -> Doc -> [TextDetails]
pieces m w r = fullRender m w r (:) []

doc :: Doc
doc = sep [text "alpha", nest 3 (ptext "beta"), char 'c' <+> sizedText 4 "dd"] $$ nest 6 (fsep ["e", "f", "g"])

main :: IO ()
main = do
  mapM_ (\m -> print (pieces m 12 1.5 doc)) [PageMode, ZigZagMode, LeftMode, OneLineMode]
  print (pieces PageMode 80 1 (text "x" $$ nest 2 (text "y")))
  print (fullRender PageMode 20 1.5 (\_ n -> n + 1) (0 :: Int) doc)
  print style
  print (style {mode = ZigZagMode} == style, style == Style PageMode 100 1.5)
  print (Chr 'x', Str "s", PStr "p", Chr 'x' == Chr 'x', Str "a" == PStr "a")
  print doc
  print [text "a" <+> "b", mempty, "c" Prelude.<> "d", mconcat ["x", "y", "z"]]
  print (text "a" == "a", render ("a" $$ "b"), text "x" /= text "y")
  putStrLn (showsPrec 11 (text "shown") " after")
  putStrLn (renderStyle (Style ZigZagMode 20 1) (foldr (\i d -> text ("deep" ++ show i) $$ nest 6 d) empty [1 .. 9 :: Int]))
  putStrLn (renderStyle (Style ZigZagMode 20 1) (nest (-10) (text "left") $$ nest 30 (text "right")))
