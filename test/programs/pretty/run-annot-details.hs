-- The annotated pretty printer's exported representation: AnnotDetails
-- (AnnotStart/NoAnnot/AnnotEnd, NoAnnot built from TextDetails Chr/Str/
-- PStr) through fullRenderAnn's fold, Span values built by hand and from
-- renderSpans, and the HughesPJClass Pretty class with only pPrint given
-- (pPrintPrec's default) and only pPrintPrec given.
import Prelude hiding ((<>))
import Text.PrettyPrint.Annotated.HughesPJ
import Text.PrettyPrint.Annotated.HughesPJClass (Pretty(..), PrettyLevel(..), prettyNormal, prettyShow, prettyParen)

data Tag = Kw | Num | Op deriving (Show, Eq, Ord)

data Expr = Lit Int | Add Expr Expr | Neg Expr

-- only pPrint: pPrintPrec is the class default
newtype Name = Name String
instance Pretty Name where
  pPrint (Name s) = text s

-- only pPrintPrec
instance Pretty Expr where
  pPrintPrec _ _ (Lit n) = int n
  pPrintPrec l p (Add a b) = prettyParen (p > 6) (pPrintPrec l 6 a <+> char '+' <+> pPrintPrec l 7 b)
  pPrintPrec l p (Neg e) = prettyParen (p > 9) (char '-' <> pPrintPrec l 10 e)

showDetail :: AnnotDetails Tag -> String
showDetail AnnotStart = "<start>"
showDetail (NoAnnot td n) = "[" ++ showTD td ++ "/" ++ show n ++ "]"
showDetail (AnnotEnd a) = "</" ++ show a ++ ">"

showTD :: TextDetails -> String
showTD (Chr c) = "Chr " ++ show c
showTD (Str s) = "Str " ++ show s
showTD (PStr s) = "PStr " ++ show s

showSpan :: Show a => Span a -> String
showSpan s = show (spanStart s, spanLength s, spanAnnotation s)

main :: IO ()
main = do
  let e = Add (Lit 1) (Neg (Add (Lit 2) (Lit 30)))
      d = annotate Kw (pPrint (Name "let")) <+> annotate Num (pPrint e) <+> annotate Op (char '=' <+> annotate Num (int 5))
  putStrLn (render d)
  putStrLn (prettyShow (Name "x"))
  putStrLn (render (pPrintPrec prettyNormal 11 (Name "y") <+> pPrintPrec (PrettyLevel 2) 0 (Neg (Lit 4))))
  putStrLn (render (pPrintList prettyNormal [Name "a", Name "b"]))
  putStrLn (render (pPrintList prettyNormal [Lit 1, Add (Lit 2) (Lit 3)]))
  -- fullRenderAnn folds AnnotDetails
  let details = fullRenderAnn PageMode 80 1.5 (\a acc -> showDetail a : acc) [] (d $$ nest 2 (text "tail" <> char '!'))
  mapM_ putStrLn details
  -- hand-built details and spans
  let mine = [AnnotStart, NoAnnot (Chr 'c') 1, NoAnnot (Str "str") 3, NoAnnot (PStr "pstr") 4, AnnotEnd Op]
  let built = zipWith NoAnnot (map Chr "xy" ++ map Str ["s"]) [1, 1, length "s"]
      spans2 = zipWith3 Span [0, 5] [length "abc", 2] "kn"
  putStrLn (concatMap showDetail built)
  mapM_ (putStrLn . showSpan) spans2
  putStrLn (concatMap showDetail mine)
  print mine
  print (map (\x -> case x of NoAnnot _ n -> n; _ -> 0) mine)
  let spans = [Span 0 3 "kw", Span 4 1 "op", Span { spanStart = 9, spanLength = 2, spanAnnotation = "num" }]
  mapM_ (putStrLn . showSpan) spans
  print (fmap length (head spans) `seq` ())
  let (txt, sp) = renderSpans d
  putStrLn txt
  mapM_ (putStrLn . showSpan) sp
  putStrLn (renderDecorated (\a -> "<" ++ show a ++ ">") (\a -> "</" ++ show a ++ ">") (hang (annotate Kw (pPrint (Name "where"))) 2 (vcat [annotate Op (pPrint e), pPrint (Lit 7)])))
  print (fmap show (Span 1 2 Kw) `seq` "span functor")
