-- A pretty printer for a small language's syntax tree, through the
-- Pretty class (HughesPJClass) with precedences, and an annotated
-- version that renders spans of annotations.
import Prelude hiding ((<>))
import Text.PrettyPrint.HughesPJClass
import qualified Text.PrettyPrint.Annotated.HughesPJ as A
import qualified Text.PrettyPrint.Annotated.HughesPJClass as AC
import qualified Text.PrettyPrint.HughesPJ as P

data Expr = Lit Integer | Var String | BinOp Char Expr Expr | Neg Expr | Call String [Expr] | Lam [String] Expr | If Expr Expr Expr
  deriving Show

data Stmt = Assign String Expr | While Expr [Stmt] | Print [Expr] | Block [Stmt] deriving Show

prec :: Char -> Rational
prec '+' = 6
prec '-' = 6
prec '*' = 7
prec _ = 9

instance Pretty Expr where
  pPrintPrec _ _ (Lit n) = integer n
  pPrintPrec _ _ (Var v) = text v
  pPrintPrec l p (BinOp o a b) =
    maybeParens (p > prec o) (sep [pPrintPrec l (prec o) a, char o <+> pPrintPrec l (prec o + 1) b])
  pPrintPrec l p (Neg e) = maybeParens (p > 9) (char '-' <> pPrintPrec l 10 e)
  pPrintPrec l _ (Call f as) = text f <> parens (fsep (punctuate comma (map (pPrintPrec l 0) as)))
  pPrintPrec l p (Lam vs b) = maybeParens (p > 0) (hang (char '\\' <> hsep (map text vs) <+> text "->") 2 (pPrintPrec l 0 b))
  pPrintPrec l p (If c t e) = maybeParens (p > 0) (vcat [text "if" <+> pPrint c, nest 2 (text "then" <+> pPrintPrec l 0 t), nest 2 (text "else" <+> pPrintPrec l 0 e)])

instance Pretty Stmt where
  pPrint (Assign v e) = text v <+> equals <+> pPrint e <> semi
  pPrint (While c b) = text "while" <+> parens (pPrint c) $$ nest 4 (pPrintList prettyNormal b)
  pPrint (Print es) = text "print" <+> hcat (punctuate (comma <> space) (map pPrint es)) <> semi
  pPrint (Block ss) = lbrace $+$ nest 2 (vcat (map pPrint ss)) $+$ rbrace
  pPrintList l ss = braces (sep (map (pPrintPrec l 0) ss))

program :: Stmt
program =
  Block
    [ Assign "x" (BinOp '+' (Lit 1) (BinOp '*' (Lit 2) (Var "y"))),
      Assign "f" (Lam ["a", "b"] (If (Var "a") (BinOp '-' (Var "a") (BinOp '-' (Var "b") (Lit 3))) (Neg (Call "g" [Var "a", Lit 10, Neg (Lit 4)])))),
      While (BinOp '-' (Var "x") (Lit 100)) [Assign "x" (BinOp '*' (BinOp '+' (Var "x") (Lit 1)) (Lit 2)), Print [Var "x", Call "sqrt" [Var "x"]]],
      Print [Call "longFunctionName" (map Lit [1000000 .. 1000012])]
    ]

data Ann = Kw | Num deriving (Show, Eq)

annExpr :: Expr -> A.Doc Ann
annExpr (Lit n) = A.annotate Num (A.integer n)
annExpr (Var v) = A.text v
annExpr (BinOp o a b) = A.parens (annExpr a A.<+> A.char o A.<+> annExpr b)
annExpr (Neg e) = A.char '-' A.<> annExpr e
annExpr (Call f as) = A.text f A.<> A.parens (A.hsep (A.punctuate A.comma (map annExpr as)))
annExpr (Lam vs b) = A.annotate Kw (A.text "lambda") A.<+> A.hsep (map A.text vs) A.$$ A.nest 2 (annExpr b)
annExpr (If c t e) = A.sep [A.annotate Kw (A.text "if") A.<+> annExpr c, A.annotate Kw (A.text "then") A.<+> annExpr t, A.annotate Kw (A.text "else") A.<+> annExpr e]

main :: IO ()
main = do
  putStrLn (prettyShow program)
  mapM_ (\(m, w, r) -> putStrLn (renderStyle (Style m w r) (pPrint program)) >> putStrLn "--") [(PageMode, 40, 1.5), (ZigZagMode, 30, 1), (LeftMode, 80, 1.5), (OneLineMode, 80, 1.5)]
  -- Pretty instances of standard types
  print (pPrint (Just (3 :: Int)), pPrint (Left 'c' :: Either Char Bool), pPrint [1.5 :: Double, -2], pPrint ((), (True, 'x'), "str"))
  print (pPrint (1 :: Integer, 2 :: Float, Nothing :: Maybe Int), pPrint (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int), pPrint (Right [Just ()] :: Either () [Maybe ()]))
  print (prettyNormal, PrettyLevel 3 < prettyNormal, pPrintPrec (PrettyLevel 2) 11 (Just (-5 :: Int)), pPrintPrec prettyNormal 11 (Left (-1) :: Either Int Int))
  print (pPrint (1 :: Int, 'a', "b", 2.5 :: Double, True), pPrint (1 :: Int, 'a', "b", 2.5 :: Double, True, [()]))
  -- HughesPJ combinators
  let d = P.vcat [P.text "a", P.nest 3 (P.text "b"), P.empty, P.hang (P.text "c") 2 (P.fsep (map P.int [1 .. 30]))]
  putStrLn (P.render d)
  print (P.isEmpty P.empty, P.isEmpty d, P.render (P.cat [P.text "x", P.text "y"]), P.render (P.fcat (map P.int [1 .. 40])))
  putStrLn (P.fullRender P.PageMode 20 1 (\td s -> case td of P.Chr c -> c : s; P.Str t -> '<' : t ++ '>' : s; P.PStr t -> t ++ s) "" d)
  putStrLn (P.renderStyle P.style {P.lineLength = 20} (P.sep [P.text "alpha", P.text "beta", P.doubleQuotes (P.text "gamma"), P.quotes (P.rational 0.25), P.brackets (P.double 1e-3), P.float 3.25, P.ptext "z", P.sizedText 2 "abcd", P.zeroWidthText "!"]))
  print (P.reduceDoc (P.text "r" P.$$ P.text "s"), P.text "q" P.<> P.empty, P.punctuate P.semi [P.int 1, P.int 2])
  -- annotated
  let ad = annExpr (If (Var "c") (Lit 1) (Lam ["q"] (BinOp '+' (Var "q") (Lit 42))))
  putStrLn (A.render ad)
  print (A.renderSpans ad)
  putStrLn (A.renderDecorated (\a -> "<" ++ show a ++ ">") (\a -> "</" ++ show a ++ ">") ad)
  print (A.renderDecoratedM (\a -> [show a]) (\_ -> ["/"]) (\s -> [s]) [] ad)
  print (AC.prettyShow (Just [1 :: Int, 2]), AC.pPrintPrec AC.prettyNormal 11 (Just (1 :: Int)), A.render (A.reduceDoc (A.vcat (map A.int [1, 2]))), fmap (const ()) (A.annotate Kw (A.text "k")))
  putStrLn (A.renderStyle (A.Style A.LeftMode 10 1) ad)
  putStrLn (A.fullRenderAnn A.PageMode 30 1.5 (\t s -> case t of A.AnnotStart -> "[" ++ s; A.AnnotEnd a -> show a ++ "]" ++ s; A.NoAnnot td _ -> (case td of A.Chr c -> [c]; A.Str t' -> t'; A.PStr t' -> t') ++ s) "" ad)
