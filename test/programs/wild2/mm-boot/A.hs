module A (evenA, helperA) where
import {-# SOURCE #-} B (oddB)
evenA :: Int -> Bool
evenA 0 = True
evenA n = oddB (n - 1)
go :: Int -> String
go 0 = ""
go n = 'a' : go (n-1)
helperA :: Int -> String
helperA n = go n ++ show (length (go (n*2)))
