{-# LANGUAGE UnicodeSyntax #-}
module Main (main) where
import qualified Data.Map as M

data Größe = Klein | Mittel | Groß deriving (Show, Eq, Ord, Enum, Bounded)
data Punkt = Punkt { xKoord ∷ Double, yKoord ∷ Double } deriving Show

(∘) ∷ (b → c) → (a → b) → a → c
f ∘ g = \x → f (g x)
infixr 9 ∘

(<+>) :: Punkt -> Punkt -> Punkt
Punkt a b <+> Punkt c d = Punkt (a + c) (b + d)

(|>) :: a -> (a -> b) -> b
x |> f = f x

λ ∷ Int → Int
λ n = n * 2

größte ∷ [Größe] → Größe
größte = maximum

x' :: Int
x' = 3
x'' :: Int
x'' = x' + 1

données :: M.Map String Größe
données = M.fromList [("café", Klein), ("naïve", Groß), ("日本", Mittel)]

main :: IO ()
main = do
  print ([minBound .. maxBound] ∷ [Größe])
  print (größte [Klein, Groß, Mittel], (λ ∘ λ) 5, x'', 10 |> λ |> show)
  print (Punkt 1 2 <+> Punkt 3 4)
  print données
  putStrLn "Grüße aus Köln — ‘quotes’ “double” 🎉"
  print "Grüße 🎉 \t\1234\&5 \"x\" \\"
  let longStr = concat (replicate 50 "abcdefghij") ++ "\0" ++ "after NUL"
  print (length longStr, drop 495 longStr)
  putStrLn "line1\nline2\r\nline3"
  print '\x1F600'
