-- An expression/statement AST printed with the Pretty class: precedence via
-- pPrintPrec and prettyParen, hang for function bodies, sep for if.
import Prelude hiding ((<>))
import Text.PrettyPrint.HughesPJClass

data Expr = Num Integer | Var String | BinOp Char Expr Expr | App String [Expr] | If Expr Expr Expr | Let [(String, Expr)] Expr | Neg Expr

prec :: Char -> Rational
prec '+' = 6
prec '-' = 6
prec '*' = 7
prec '/' = 7
prec _ = 4

instance Pretty Expr where
  pPrintPrec _ _ (Num n) = integer n
  pPrintPrec _ _ (Var v) = text v
  pPrintPrec l p (BinOp o a b) =
    let q = prec o
     in prettyParen (p > q) (sep [pPrintPrec l q a, char o <+> pPrintPrec l (q + 1) b])
  pPrintPrec l _ (App f args) = text f <> parens (fsep (punctuate comma (map (pPrintPrec l 0) args)))
  pPrintPrec l p (If c t e) =
    prettyParen (p > 0) (sep [text "if" <+> pPrintPrec l 0 c, nest 2 (text "then" <+> pPrintPrec l 0 t), nest 2 (text "else" <+> pPrintPrec l 0 e)])
  pPrintPrec l p (Let bs e) =
    prettyParen (p > 0) (hang (text "let") 4 (vcat [text v <+> equals <+> pPrintPrec l 0 x | (v, x) <- bs]) $$ text "in" <+> pPrintPrec l 0 e)
  pPrintPrec l p (Neg e) = prettyParen (p > 9) (char '-' <> pPrintPrec l 10 e)

data Stmt = Assign String Expr | While Expr [Stmt] | Print [Expr] | Func String [String] [Stmt]

instance Pretty Stmt where
  pPrint (Assign v e) = hang (text v <+> text ":=") 2 (pPrint e) <> semi
  pPrint (While c body) = text "while" <+> parens (pPrint c) <+> lbrace $+$ nest 4 (vcat (map pPrint body)) $+$ rbrace
  pPrint (Print es) = text "print" <+> hsep (punctuate comma (map pPrint es)) <> semi
  pPrint (Func f ps body) = hang (text "def" <+> text f <> parens (hsep (punctuate comma (map text ps))) <> colon) 4 (vcat (map pPrint body))

big :: Int -> Expr
big 0 = Var "x"
big n = BinOp (cycle "+*-/" !! n) (big (n - 1)) (if even n then Num (fromIntegral n) else App "f" [Var "y", big (n `div` 2)])

prog :: [Stmt]
prog =
  [ Assign "x" (BinOp '+' (Num 1) (BinOp '*' (Num 2) (Num 3))),
    Assign "y" (BinOp '*' (BinOp '+' (Num 1) (Num 2)) (Neg (Var "x"))),
    While (BinOp '-' (Var "x") (Num 10)) [Assign "x" (BinOp '+' (Var "x") (Num 1)), Print [Var "x", App "sqrt" [Var "x"]]],
    Func "compute" ["a", "b", "c"] [Assign "r" (If (Var "a") (Let [("t", BinOp '*' (Var "b") (Var "c")), ("u", Num 7)] (BinOp '+' (Var "t") (Var "u"))) (Num 0)), Print [Var "r"]],
    Assign "z" (big 9)
  ]

main :: IO ()
main = do
  mapM_ (\w -> putStrLn ("=== width " ++ show w) >> putStrLn (renderStyle style {lineLength = w} (vcat (map pPrint prog)))) [20, 40, 72, 100]
  putStrLn (prettyShow (big 5))
  putStrLn (renderStyle style {mode = OneLineMode} (pPrint (big 6)))
  putStrLn (renderStyle style {mode = LeftMode} (vcat (map pPrint prog)))
