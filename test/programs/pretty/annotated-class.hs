-- Text.PrettyPrint.Annotated.HughesPJClass: the Pretty class at annotated
-- documents, with annotations of our own attached by instances.
import Prelude hiding ((<>))
import Text.PrettyPrint.Annotated.HughesPJ (renderSpans)
import Text.PrettyPrint.Annotated.HughesPJClass

data Ann = Num | Name deriving (Show, Eq)

data Term = Lit Int | Ref String | Call String [Term] | Pair Term Term

-- Annotations need a fixed annotation type, so the instance is at Term and
-- the annotation is added when rendering.
instance Pretty Term where
  pPrintPrec _ _ (Lit n) = int n
  pPrintPrec _ _ (Ref v) = text v
  pPrintPrec l p (Call f as) = prettyParen (p > 10) (hang (text f) 2 (sep (map (pPrintPrec l 11) as)))
  pPrintPrec l _ (Pair a b) = parens (pPrintPrec l 0 a <> comma <+> pPrintPrec l 0 b)

label :: Term -> Doc Ann
label t@(Lit _) = annotate Num (pPrint t)
label t@(Ref _) = annotate Name (pPrint t)
label (Call f as) = annotate Name (text f) <+> hsep (map label as)
label (Pair a b) = parens (label a <> comma <+> label b)

main :: IO ()
main = do
  let t = Call "f" [Lit 1, Call "g" [Ref "x", Lit (-2)], Pair (Ref "y") (Lit 3), Call "h" []]
  putStrLn (prettyShow t)
  putStrLn (renderStyle style {lineLength = 12} (pPrint t :: Doc ()))
  putStrLn (prettyShow [Just (1 :: Int), Nothing])
  putStrLn (prettyShow (Left 'a' :: Either Char (Int, Bool)))
  putStrLn (prettyShow ((), [LT, GT], 2.5 :: Double, "str"))
  let (s, spans) = renderSpans (label t)
  putStrLn s
  mapM_ print spans
  print (prettyNormal < PrettyLevel 1)
