module B (oddB, helperB) where
import A (evenA)
oddB :: Int -> Bool
oddB 0 = False
oddB n = evenA (n - 1)
go :: Int -> String
go 0 = ""
go n = 'b' : go (n-1)
helperB :: Int -> String
helperB n = go n ++ show (length (go (n*3)))
